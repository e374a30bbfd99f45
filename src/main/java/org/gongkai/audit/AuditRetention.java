package org.gongkai.audit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long the audit log (the operation log and the login log) is kept: {@code gongkai.audit.retention-days}, at
 * least {@value #FLOOR} days, the six months of 网络安全法 art. 21 (3); a setting below that refuses to start.
 * Gongkai itself never deletes an entry (the chain links every entry to the one before); the setting states the
 * period that an operator's archiving of older entries must respect, and the audit page shows it.
 */
@Component
public class AuditRetention {

	/** Six months, 网络安全法 art. 21 (3). */
	public static final int FLOOR = 180;

	private final int days;

	AuditRetention(@Value("${gongkai.audit.retention-days:" + FLOOR + "}") int days) {
		if (days < FLOOR) {
			throw new IllegalStateException("gongkai.audit.retention-days is " + days + ": the logs must be kept at"
					+ " least " + FLOOR + " days (six months, 网络安全法 art. 21)");
		}
		this.days = days;
	}

	public int days() {
		return days;
	}

}
