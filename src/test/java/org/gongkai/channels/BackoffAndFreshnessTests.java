package org.gongkai.channels;

import java.time.Duration;
import java.time.LocalDate;

import org.gongkai.publishing.ColumnFreshness.State;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retry schedule of a failed delivery, and a 政务新媒体 account's freshness against the 2-week indicator
 * (rules.md §4.3).
 */
class BackoffAndFreshnessTests {

	@Test
	void retriesDoubleFromOneMinuteUpToSixHoursAndStopAfterTwelveAttempts() {
		assertThat(Backoff.after(1)).contains(Duration.ofMinutes(1));
		assertThat(Backoff.after(2)).contains(Duration.ofMinutes(2));
		assertThat(Backoff.after(5)).contains(Duration.ofMinutes(16));
		assertThat(Backoff.after(9)).contains(Duration.ofMinutes(256));
		assertThat(Backoff.after(10)).contains(Duration.ofHours(6));
		assertThat(Backoff.after(11)).contains(Duration.ofHours(6));
		assertThat(Backoff.after(12)).isEmpty();
	}

	@Test
	void anAccountIsStaleTwoWeeksAfterItsLastDelivery() {
		LocalDate today = LocalDate.of(2026, 10, 8); // the day after the National Day holiday
		assertThat(NewMediaRegister.freshness(AccountStatus.ACTIVE, true, today.minusDays(3), today))
			.isEqualTo(State.FRESH);
		assertThat(NewMediaRegister.freshness(AccountStatus.ACTIVE, true, today.minusDays(10), today))
			.isEqualTo(State.DUE_SOON);
		assertThat(NewMediaRegister.freshness(AccountStatus.ACTIVE, true, today.minusDays(14), today))
			.as("the 14th day is still within 2 weeks")
			.isEqualTo(State.DUE_SOON);
		assertThat(NewMediaRegister.freshness(AccountStatus.ACTIVE, true, today.minusDays(15), today))
			.isEqualTo(State.STALE);
		assertThat(NewMediaRegister.freshness(AccountStatus.SUSPENDED, true, null, today))
			.as("paused, but still judged; never delivered")
			.isEqualTo(State.STALE);
		assertThat(NewMediaRegister.freshness(AccountStatus.CLOSED, true, null, today)).isEqualTo(State.NOT_REQUIRED);
		assertThat(NewMediaRegister.freshness(AccountStatus.ACTIVE, false, null, today))
			.as("not connected to a channel: the platform cannot tell")
			.isEqualTo(State.NOT_REQUIRED);
	}

}
