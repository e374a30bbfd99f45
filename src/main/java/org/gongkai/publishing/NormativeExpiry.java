package org.gongkai.publishing;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.platform.Beijing;
import org.gongkai.platform.ClusterLock;
import org.gongkai.platform.DailyJob;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, on the one node that claims the day, announces the ledger's entries whose validity ran out
 * (rules.md §6: "自动失效"), through {@link NormativeLedger#announceExpiries}.
 */
@Component
class NormativeExpiry implements DailyJob {

	static final String JOB = "normative-expiry";

	private final NormativeLedger ledger;

	private final ClusterLock lock;

	private final Clock clock;

	NormativeExpiry(NormativeLedger ledger, ClusterLock lock, Clock clock) {
		this.ledger = ledger;
		this.lock = lock;
		this.clock = clock;
	}

	@Scheduled(cron = "${gongkai.jobs.normative-expiry:0 15 0 * * *}", zone = "Asia/Shanghai")
	void daily() {
		runFor(LocalDate.now(clock.withZone(Beijing.ZONE)));
	}

	@Override
	public String name() {
		return JOB;
	}

	@Override
	public boolean runFor(LocalDate day) {
		return lock.oncePerDay(JOB, day, ledger::announceExpiries);
	}

}
