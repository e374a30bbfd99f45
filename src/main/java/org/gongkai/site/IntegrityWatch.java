package org.gongkai.site;

import org.gongkai.platform.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the served site against its manifest on a schedule ({@code gongkai.site.integrity-check}, every 10 minutes
 * by default, the first one {@code gongkai.site.integrity-check-delay} after start-up, PT1M by default) and raises an
 * alert — an error in the log and an audit entry — when a file was changed; then it puts the site right from the
 * database ({@link SiteRepair}): the affected agencies are rendered again and the generations kept for a rollback
 * are checked and repaired or dropped. The site directory is shared by every node, so one node checks it at a time
 * ({@link ClusterLock#ifFree}).
 */
@Component
class IntegrityWatch {

	private static final Logger log = LoggerFactory.getLogger(IntegrityWatch.class);

	private final Site site;

	private final ApplicationEventPublisher events;

	private final ClusterLock lock;

	private final SiteRepair repair;

	IntegrityWatch(Site site, ApplicationEventPublisher events, ClusterLock lock, SiteRepair repair) {
		this.site = site;
		this.events = events;
		this.lock = lock;
		this.repair = repair;
	}

	@Scheduled(fixedDelayString = "${gongkai.site.integrity-check:PT10M}",
			initialDelayString = "${gongkai.site.integrity-check-delay:PT1M}")
	@Transactional
	public void check() {
		lock.ifFree("site-integrity", () -> {
			SiteIntegrity integrity = site.verify();
			if (!integrity.mismatches().isEmpty()) {
				log.error("Site generation {}: {} files differ from the manifest: {}", integrity.generation(),
						integrity.mismatches().size(), integrity.mismatches());
				events.publishEvent(new SiteTampered(integrity.generation(), integrity.mismatches()));
			}
			SiteRepair.Repaired repaired = integrity.mismatches().isEmpty() ? repair.checkKept()
					: repair.repair(integrity);
			if (repaired.any()) {
				events.publishEvent(new SiteRepaired(repaired.rendered(), repaired.restored(), repaired.dropped()));
			}
		});
	}

}
