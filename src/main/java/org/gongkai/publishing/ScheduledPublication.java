package org.gongkai.publishing;

import org.gongkai.platform.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Puts scheduled documents live when their set time comes (checked every minute by default), on one node at a time
 * ({@link ClusterLock#ifFree}).
 */
@Component
class ScheduledPublication {

	private static final Logger log = LoggerFactory.getLogger(ScheduledPublication.class);

	private final DocumentDesk desk;

	private final ClusterLock lock;

	ScheduledPublication(DocumentDesk desk, ClusterLock lock) {
		this.desk = desk;
		this.lock = lock;
	}

	@Scheduled(fixedDelayString = "${gongkai.publishing.schedule-check:PT1M}", initialDelayString = "PT20S")
	void publishDue() {
		lock.ifFree("scheduled-publication", () -> {
			int published = desk.publishDue();
			if (published > 0) {
				log.info("Published {} scheduled document(s)", published);
			}
		});
	}

}
