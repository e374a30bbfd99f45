package org.gongkai.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The logs' retention cannot be set below six months (网络安全法 art. 21): such a setting refuses to start. */
class AuditRetentionTests {

	@Test
	void lessThan180DaysIsRefused() {
		assertThatThrownBy(() -> new AuditRetention(179)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("180");
		assertThatThrownBy(() -> new AuditRetention(0)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void sixMonthsOrMoreIsKept() {
		assertThat(new AuditRetention(180).days()).isEqualTo(180);
		assertThat(new AuditRetention(365).days()).isEqualTo(365);
	}

}
