package org.gongkai.annualreport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestTable;

/**
 * The placeholders a narrative may use, filled from the report's figures so that the text cannot contradict the
 * tables (annual-report.md §4 check 4). An unknown placeholder is left as written and reported by the checks. Staff
 * write them in Chinese ({@code {主动公开条数}}); the English names of earlier drafts and published snapshots
 * ({@code {publishedCount}}) keep working and are shown in Chinese in the editor.
 */
final class Placeholders {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+|\\p{IsHan}+)}");

	/** Each English name and the Chinese one staff see and type, in the order the editor's picker lists them. */
	static final Map<String, String> CHINESE = new LinkedHashMap<>();

	static {
		CHINESE.put("year", "年度");
		CHINESE.put("nextYear", "下一年度");
		CHINESE.put("agency", "单位名称");
		CHINESE.put("publishedCount", "主动公开信息条数");
		CHINESE.put("rulesIssued", "本年制发规章件数");
		CHINESE.put("normativeIssued", "本年制发规范性文件件数");
		CHINESE.put("normativeAbolished", "本年废止规范性文件件数");
		CHINESE.put("normativeInForce", "现行有效规范性文件件数");
		CHINESE.put("requestsReceived", "本年新收申请件数");
		CHINESE.put("requestsCarriedOver", "上年结转申请件数");
		CHINESE.put("requestsClosed", "本年办结申请件数");
		CHINESE.put("requestsCarriedForward", "结转下年度申请件数");
		CHINESE.put("requestsDisclosed", "予以公开件数");
		CHINESE.put("reconsiderations", "行政复议件数");
		CHINESE.put("litigations", "行政诉讼件数");
		CHINESE.put("feeNotices", "缴费通知份数");
		CHINESE.put("feesCollectedYuan", "实收信息处理费元");
		CHINESE.put("administrativeFeesWanYuan", "行政事业性收费万元");
		CHINESE.put("publishedFromApplications", "依申请公开转主动公开件数");
	}

	private Placeholders() {
	}

	/** The narrative with every English placeholder written by its Chinese name, for the editor. */
	static Narrative chinese(Narrative narrative) {
		return narrative.map(text -> {
			Matcher matcher = PLACEHOLDER.matcher(text);
			StringBuilder out = new StringBuilder();
			while (matcher.find()) {
				String name = CHINESE.get(matcher.group(1));
				matcher.appendReplacement(out,
						Matcher.quoteReplacement(name != null ? "{" + name + "}" : matcher.group()));
			}
			matcher.appendTail(out);
			return out.toString();
		});
	}

	/**
	 * Each placeholder's value for the given report; {@code fromApplications}: the information the agency decided in
	 * the year to publish proactively after several applications for it (OGI art. 44), which the tables do not hold.
	 */
	static Map<String, String> values(String agencyName, int year, ReportFigures f, long fromApplications) {
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
		values.put("publishedFromApplications", Long.toString(fromApplications));
		CHINESE.forEach((english, chinese) -> values.put(chinese, values.get(english)));
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
