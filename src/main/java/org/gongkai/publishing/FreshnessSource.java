package org.gongkai.publishing;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.identity.AgencyInfo;

/**
 * What the supervisors' freshness board shows of an agency besides its columns, judged the same way: the 政务新媒体
 * accounts of the channels module (国办秘函〔2019〕19号 covers websites and new media alike). Modules that depend on
 * publishing implement it, so that publishing needs none of them.
 */
public interface FreshnessSource {

	/** The message key of the section's heading on the board. */
	String headingKey();

	/** The message key of the single-veto item shown when a row of the agency is stale. */
	String vetoKey();

	/** The rows of one agency, each with its last update and state; empty when it has none. */
	List<Row> of(AgencyInfo agency);

	/**
	 * One thing whose freshness is judged.
	 *
	 * @param detail a second line, such as the platform and the 主办单位
	 */
	record Row(String name, String detail, LocalDate lastUpdated, LocalDate dueBy, ColumnFreshness.State state) {
	}

}
