package org.gongkai.annualreport;

import java.util.List;
import java.util.regex.Pattern;

import org.gongkai.requests.RequestTable;

/**
 * The narrative a new draft starts from: sentences chosen by the data (none received, or how many), with
 * placeholders filled from the figures; section 五 takes last year's 本年度存在的问题 and 下年度改进举措 as this
 * year's 上年度存在的问题 and the start of 改进情况 (this year's improvements answer last year's problems), as last year
 * published them: with last year's placeholders filled by last year's figures, so that its "{year}年" stays last year.
 */
final class NarrativeTemplate {

	static final String LAST_PROBLEMS = "上年度存在的问题：";

	static final String IMPROVEMENTS = "上年度问题在本年度的改进情况：";

	static final String PROBLEMS = "本年度存在的问题：";

	static final String MEASURES = "下年度改进举措：";

	/** What the staff member is asked to write in place of this text. */
	static final String FILL_IN = "（请填写）";

	/**
	 * A fill-in prompt this template writes: {@link #FILL_IN}, or one naming what to write, such as
	 * "（请填写：信息发布审核、规范性文件管理等情况。）". A report still holding one cannot be published.
	 */
	static final Pattern PROMPT = Pattern.compile("（请填写(?:：[^）\\n]*)?）");

	private NarrativeTemplate() {
	}

	static Narrative initial(ReportFigures f, Narrative lastYear) {
		String preamble = "{year}年，{agency}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，"
				+ "持续推进政府信息公开工作。现将{agency}{year}年度政府信息公开工作情况报告如下：";
		String overview = String.join("\n", "（一）政府信息主动公开情况",
				"{year}年度，累计主动公开各类政府信息共{publishedCount}条。",
				"（二）政府信息依申请公开情况",
				f.requestsReceived() == 0 ? "{year}年，我单位未收到政府信息公开申请。"
						: "{year}年，我单位新收政府信息公开申请{requestsReceived}件，办结{requestsClosed}件。",
				"（三）政府信息管理情况", fillIn("信息发布审核、规范性文件管理等情况。"),
				"（四）政府信息公开平台建设情况", fillIn("门户网站、政务新媒体等平台建设情况。"),
				"（五）监督保障情况", fillIn("工作考核、社会评议和责任追究结果情况。"));
		String proactiveNote = f.proactive().licensing() + f.proactive().penalty() + f.proactive().enforcement() == 0
				&& f.proactive().administrativeFeesWanYuan().signum() == 0
						? "我单位本年度无行政许可、行政处罚、行政强制、行政事业性收费相关处理决定。" : "";
		String requestsNote = f.requestsReceived() + f.requests().total(RequestTable.Flow.CARRIED_OVER) == 0
				? "{year}年，我单位未收到任何形式的政府信息公开申请，也无上年结转政府信息公开申请。"
				: "{year}年，我单位新收政府信息公开申请{requestsReceived}件，上年结转{requestsCarriedOver}件，"
						+ "办结{requestsClosed}件，结转下年度继续办理{requestsCarriedForward}件。";
		String appealsNote = f.appeals().groups().stream().allMatch(g -> g.total() == 0)
				? "{year}年，我单位没有因政府信息公开工作被申请行政复议、提起行政诉讼的情况。"
				: "{year}年，我单位因政府信息公开工作被申请行政复议{reconsiderations}件，被提起行政诉讼{litigations}件。";
		String problems = String.join("\n", LAST_PROBLEMS + section(lastYear, PROBLEMS),
				IMPROVEMENTS + section(lastYear, MEASURES), PROBLEMS + FILL_IN, MEASURES + FILL_IN);
		String other = f.fees().noticesIssued() == 0
				? "{year}年，本单位未发出政府信息公开信息处理费缴费通知，实际收取信息处理费{feesCollectedYuan}元。"
				: "{year}年，本单位发出政府信息公开信息处理费缴费通知{feeNotices}份，实际收取信息处理费{feesCollectedYuan}元。";
		return new Narrative(preamble, overview, proactiveNote, requestsNote, appealsNote, problems, other);
	}

	private static String fillIn(String what) {
		return "（请填写：" + what + "）";
	}

	/** The text after {@code heading} in last year's section 五, or a prompt when there is none. */
	static String section(Narrative lastYear, String heading) {
		if (lastYear == null) {
			return FILL_IN;
		}
		List<String> lines = Narrative.paragraphs(lastYear.problems());
		return lines.stream()
			.filter(line -> line.startsWith(heading))
			.map(line -> line.substring(heading.length()))
			.findFirst()
			.orElse(FILL_IN);
	}

}
