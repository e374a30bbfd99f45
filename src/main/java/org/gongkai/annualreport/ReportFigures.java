package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.util.List;

import org.gongkai.requests.RequestTable;

/**
 * Every number of one report (tables 二, 三, 四 and the fee facts of section 六), in the shape of annual-report.md
 * §5. Computed from the records for a draft; read back from the snapshot once published, or from a report published
 * elsewhere that a supervising office loads.
 */
public record ReportFigures(Proactive proactive, RequestTable requests, Appeals appeals, Fees fees) {

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

	/** R1 总计: applications received in the year, which the narrative and the supervisors' board state. */
	public long requestsReceived() {
		return requests.total(RequestTable.Flow.RECEIVED);
	}

	/** R3.7 总计: applications closed in the year. */
	public long requestsClosed() {
		return requests.total(RequestTable.Flow.CLOSED);
	}

}
