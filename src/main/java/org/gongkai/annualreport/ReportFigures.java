package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Every number of one report (tables 二, 三, 四 and the fee facts of section 六), in the shape of annual-report.md
 * §5. Computed from the records for a draft; read back from the snapshot once published, or from a report published
 * elsewhere that a supervising office loads.
 */
public record ReportFigures(Proactive proactive, Map<String, long[]> requests, Appeals appeals, Fees fees) {

	/** The row ids of table 三 in the order the format prints them (annual-report.md §1 and §3). */
	public static final List<String> ROWS = List.of("R1", "R2", "R3.1", "R3.2", "R3.3.1", "R3.3.2", "R3.3.3",
			"R3.3.4", "R3.3.5", "R3.3.6", "R3.3.7", "R3.3.8", "R3.4.1", "R3.4.2", "R3.4.3", "R3.5.1", "R3.5.2",
			"R3.5.3", "R3.5.4", "R3.5.5", "R3.6.1", "R3.6.2", "R3.6.3", "R3.7", "R4");

	/** The outcome rows R3.1 … R3.6.3 whose sum is R3.7. */
	public static final List<String> OUTCOME_ROWS = ROWS.subList(2, 23);

	/** Issued in the year, abolished in it, in force on 31 December. */
	public record Counts(long issued, long abolished, long inForce) {
	}

	/** Table 二. */
	public record Proactive(long publishedCount, Counts rules, Counts normativeDocuments, long licensing,
			long penalty, long enforcement, BigDecimal administrativeFeesWanYuan) {
	}

	/** 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
	public record Group(long upheld, long corrected, long other, long pending, long total) {

		long[] cells() {
			return new long[] { upheld, corrected, other, pending, total };
		}

	}

	/** Table 四. */
	public record Appeals(Group reconsideration, Group litigationDirect, Group litigationAfterReconsideration) {

		List<Group> groups() {
			return List.of(reconsideration, litigationDirect, litigationAfterReconsideration);
		}

	}

	/** Section 六: processing-fee notices issued and money collected (元). */
	public record Fees(long noticesIssued, BigDecimal collectedYuan) {
	}

	public long total(String row) {
		return requests.get(row)[6];
	}

}
