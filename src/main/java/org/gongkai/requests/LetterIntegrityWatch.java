package org.gongkai.requests;

import org.gongkai.platform.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the SM2 signatures of the letters ({@link LetterSignatures}) on the schedule of the site's integrity check
 * ({@code gongkai.site.integrity-check}, every 10 minutes by default) and raises the same alert — an error in the
 * log and an audit entry ({@link LettersTampered}) — when one is missing or does not hold. One node checks at a time.
 */
@Component
class LetterIntegrityWatch {

	private static final Logger log = LoggerFactory.getLogger(LetterIntegrityWatch.class);

	private final LetterSignatures signatures;

	private final ApplicationEventPublisher events;

	private final ClusterLock lock;

	LetterIntegrityWatch(LetterSignatures signatures, ApplicationEventPublisher events, ClusterLock lock) {
		this.signatures = signatures;
		this.events = events;
		this.lock = lock;
	}

	@Scheduled(fixedDelayString = "${gongkai.site.integrity-check:PT10M}",
			initialDelayString = "${gongkai.site.integrity-check-delay:PT1M}")
	@Transactional
	public void check() {
		lock.ifFree("letter-integrity", () -> {
			LetterSignatures.Check check = signatures.verify();
			if (!check.holds()) {
				log.error("Letter signatures: {} missing {}, {} not holding {}", check.missing().size(),
						check.missing(), check.bad().size(), check.bad());
				events.publishEvent(new LettersTampered(check.missing(), check.bad()));
			}
		});
	}

}
