package org.gongkai.annualreport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestTable;

/**
 * The placeholders a narrative may use, filled from the report's figures so that the text cannot contradict the
 * tables (annual-report.md §4 check 4). An unknown placeholder is left as written and reported by the checks.
 */
final class Placeholders {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

	private Placeholders() {
	}

	/** Each placeholder's value for the given report. */
	static Map<String, String> values(String agencyName, int year, ReportFigures f) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("agency", agencyName);
		values.put("year", Integer.toString(year));
		values.put("nextYear", Integer.toString(year + 1));
		values.put("publishedCount", Long.toString(f.proactive().publishedCount()));
		values.put("rulesIssued", Long.toString(f.proactive().rules().issued()));
		values.put("normativeIssued", Long.toString(f.proactive().normativeDocuments().issued()));
		values.put("normativeAbolished", Long.toString(f.proactive().normativeDocuments().abolished()));
		values.put("normativeInForce", Long.toString(f.proactive().normativeDocuments().inForce()));
		values.put("requestsReceived", Long.toString(f.requestsReceived()));
		values.put("requestsCarriedOver", Long.toString(f.requests().total(RequestTable.Flow.CARRIED_OVER)));
		values.put("requestsClosed", Long.toString(f.requestsClosed()));
		values.put("requestsCarriedForward", Long.toString(f.requests().total(RequestTable.Flow.CARRIED_FORWARD)));
		values.put("requestsDisclosed", Long.toString(f.requests().total(Outcome.DISCLOSED)));
		values.put("reconsiderations", Long.toString(f.appeals().reconsideration().total()));
		values.put("litigations", Long.toString(
				f.appeals().litigationDirect().total() + f.appeals().litigationAfterReconsideration().total()));
		values.put("feeNotices", Long.toString(f.fees().noticesIssued()));
		values.put("feesCollectedYuan", ReportTables.money(f.fees().collectedYuan()));
		values.put("administrativeFeesWanYuan", ReportTables.money(f.proactive().administrativeFeesWanYuan()));
		return values;
	}

	static Narrative fill(Narrative narrative, Map<String, String> values) {
		return narrative.map(text -> {
			Matcher matcher = PLACEHOLDER.matcher(text);
			StringBuilder filled = new StringBuilder();
			while (matcher.find()) {
				String value = values.get(matcher.group(1));
				matcher.appendReplacement(filled, Matcher.quoteReplacement(value != null ? value : matcher.group()));
			}
			matcher.appendTail(filled);
			return filled.toString();
		});
	}

}
