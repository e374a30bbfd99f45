package org.gongkai.interaction;

/** Where a finding comes from. */
public enum FindingSource {

	/** The supervising office's quarterly inspection (季度督查). */
	QUARTERLY_INSPECTION,
	/** An ad hoc inspection by the supervising office (专项督查). */
	AD_HOC_INSPECTION,
	/** The agency's own inspection (自查自纠). */
	SELF_INSPECTION;

	/** Whether the supervising office (not the agency itself) records and signs off findings of this source. */
	public boolean bySupervisor() {
		return this != SELF_INSPECTION;
	}

}
