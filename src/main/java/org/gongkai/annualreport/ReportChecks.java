package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.annualreport.Check.Rule;
import org.gongkai.identity.AgencyLevel;
import org.gongkai.requests.RequestTable;
import org.gongkai.requests.RequestTable.Column;
import org.gongkai.requests.RequestTable.Row;

import static org.gongkai.requests.RequestTable.Flow.CARRIED_FORWARD;
import static org.gongkai.requests.RequestTable.Flow.CARRIED_OVER;
import static org.gongkai.requests.RequestTable.Flow.CLOSED;
import static org.gongkai.requests.RequestTable.Flow.RECEIVED;

/**
 * The checks of annual-report.md §4 on one report, as plain functions of its figures, its (filled) narrative, the
 * day it is published and the previous year's published report, if any; with its errors, that the year has ended
 * ({@link YearEnd}) and that no fill-in prompt of the template is left ({@link NarrativeTemplate#PROMPT}).
 */
final class ReportChecks {

	/**
	 * Sentences of the narrative that state a figure, and the figure they state, the number in digits or in Chinese
	 * numerals ({@link ChineseNumerals}): "公开…41条" or "公开…共四十一条" is the number published (not an article,
	 * "第十条", nor a measure word, "开辟了一条渠道");
	 * "收到、新收或受理…申请（共）3件" the applications received (not a 复议 or 诉讼 application); "未收到…申请" says
	 * none; "缴费通知2份" and "信息处理费0元" the fees.
	 */
	private static final Map<Pattern, Function<ReportFigures, BigDecimal>> STATED = new LinkedHashMap<>();

	private static final String NUMBER = ChineseNumerals.NUMBER;

	static {
		STATED.put(Pattern.compile("公开[^。；\\n]*?(?:(?<![第\\d" + ChineseNumerals.CHARACTERS + "])(?=\\d)|(?<=[共计息开]))"
				+ NUMBER + "条"),
				f -> BigDecimal.valueOf(f.proactive().publishedCount()));
		STATED.put(Pattern.compile("(?:收到|新收|受理)[^。；\\n复诉]*?申请(?:共计|合计|共)?" + NUMBER + "件"),
				f -> BigDecimal.valueOf(f.requestsReceived()));
		STATED.put(Pattern.compile("未收到[^。；\\n]*?申请()"), f -> BigDecimal.valueOf(f.requestsReceived()));
		STATED.put(Pattern.compile("缴费通知(?:书)?" + NUMBER + "[份件次]"), f -> BigDecimal.valueOf(f.fees().noticesIssued()));
		STATED.put(Pattern.compile("信息处理费" + NUMBER + "元"), f -> f.fees().collectedYuan());
	}

	/** The previous year's published report. */
	record Previous(ReportFigures figures, Narrative narrative) {
	}

	/**
	 * Who the report is of: the year, the agency's level (which decides the due day and the plausible fees) and the
	 * fees of its peers (same level, same parent) that year.
	 */
	record Setting(int year, AgencyLevel level, List<BigDecimal> peerFees) {

		/** A department's report with no peers known: a report checked from elsewhere. */
		static Setting department(int year) {
			return new Setting(year, AgencyLevel.BUREAU, List.of());
		}

	}

	/** The three groups of table 四 as the details name them: 行政复议, 未经复议直接起诉, 复议后起诉. */
	static final List<String> APPEALS = List.of("reconsideration", "litigationDirect", "litigationAfterReconsideration");

	private ReportChecks() {
	}

	static List<Check> run(int year, ReportFigures figures, Narrative filled, LocalDate publishedOn,
			Previous previous) {
		return run(Setting.department(year), figures, filled, publishedOn, previous);
	}

	static List<Check> run(Setting setting, ReportFigures figures, Narrative filled, LocalDate publishedOn,
			Previous previous) {
		List<Check> checks = new ArrayList<>();
		checks.add(balance(figures));
		checks.add(outcomeSum(figures));
		checks.add(applicantSum(figures));
		checks.add(nonNegative(figures));
		checks.add(appealsSum(figures));
		checks.add(narrativeNumbers(figures, filled));
		checks.add(yearEnded(setting.year(), publishedOn));
		checks.add(promptsFilled(filled));
		checks.add(carryOver(figures, previous));
		checks.add(inForceStock(figures, previous));
		checks.add(yearOnYear(figures, previous));
		checks.add(repeatedText(filled, previous));
		LocalDate due = ReportDeadline.dueOn(setting.level(), setting.year());
		checks.add(new Check(Rule.LATE, !publishedOn.isAfter(due), publishedOn.isAfter(due) ? publishedOn + " > " + due : ""));
		BigDecimal fees = figures.proactive().administrativeFeesWanYuan();
		checks.add(FeeMagnitude.unit(fees, setting.level(),
				previous != null ? previous.figures().proactive().administrativeFeesWanYuan() : null));
		checks.add(FeeMagnitude.peers(fees, setting.peerFees()));
		return checks;
	}

	/** The year has ended on the day of publishing; the detail is the first day it may be published. */
	static Check yearEnded(int year, LocalDate publishedOn) {
		boolean ended = YearEnd.hasEnded(year, publishedOn);
		return new Check(Rule.YEAR_ENDED, ended, ended ? "" : publishedOn + " < " + YearEnd.publishableFrom(year));
	}

	/** Every fill-in prompt of the template still in the text, as written. */
	static Check promptsFilled(Narrative filled) {
		List<String> failures = new ArrayList<>();
		Matcher prompt = NarrativeTemplate.PROMPT.matcher(filled.text());
		while (prompt.find()) {
			failures.add(prompt.group());
		}
		return check(Rule.PROMPTS_FILLED, failures);
	}

	static Check balance(ReportFigures f) {
		RequestTable t = f.requests();
		List<String> failures = new ArrayList<>();
		for (Column c : Column.values()) {
			long in = t.cell(RECEIVED, c) + t.cell(CARRIED_OVER, c);
			long out = t.cell(CLOSED, c) + t.cell(CARRIED_FORWARD, c);
			if (in != out) {
				failures.add(c + ": R1+R2=" + in + " ≠ R3.7+R4=" + out);
			}
		}
		return check(Rule.BALANCE, failures);
	}

	static Check outcomeSum(ReportFigures f) {
		RequestTable t = f.requests();
		List<String> failures = new ArrayList<>();
		for (Column c : Column.values()) {
			long sum = t.sum(c, RequestTable.OUTCOMES);
			if (sum != t.cell(CLOSED, c)) {
				failures.add(c + ": ΣR3.x=" + sum + " ≠ R3.7=" + t.cell(CLOSED, c));
			}
		}
		return check(Rule.OUTCOME_SUM, failures);
	}

	static Check applicantSum(ReportFigures f) {
		RequestTable t = f.requests();
		List<String> failures = new ArrayList<>();
		for (Row row : RequestTable.ROWS) {
			long sum = t.sumOfApplicants(row);
			if (sum != t.total(row)) {
				failures.add(row.id() + ": Σ=" + sum + " ≠ TOTAL=" + t.total(row));
			}
		}
		return check(Rule.APPLICANT_SUM, failures);
	}

	static Check nonNegative(ReportFigures f) {
		RequestTable t = f.requests();
		List<String> failures = new ArrayList<>();
		for (Row row : RequestTable.ROWS) {
			for (Column c : Column.values()) {
				if (t.cell(row, c) < 0) {
					failures.add(row.id() + "/" + c + "=" + t.cell(row, c));
				}
			}
		}
		ReportFigures.Proactive p = f.proactive();
		long[] proactive = { p.publishedCount(), p.rules().issued(), p.rules().abolished(), p.rules().inForce(),
				p.normativeDocuments().issued(), p.normativeDocuments().abolished(), p.normativeDocuments().inForce(),
				p.licensing(), p.penalty(), p.enforcement() };
		if (Arrays.stream(proactive).anyMatch(value -> value < 0) || p.administrativeFeesWanYuan().signum() < 0) {
			failures.add("proactive");
		}
		List<ReportFigures.Group> groups = f.appeals().groups();
		for (int i = 0; i < groups.size(); i++) {
			if (Arrays.stream(groups.get(i).cells()).anyMatch(value -> value < 0)) {
				failures.add(APPEALS.get(i));
			}
		}
		return check(Rule.NON_NEGATIVE, failures);
	}

	static Check appealsSum(ReportFigures f) {
		List<String> failures = new ArrayList<>();
		List<ReportFigures.Group> groups = f.appeals().groups();
		for (int i = 0; i < groups.size(); i++) {
			ReportFigures.Group g = groups.get(i);
			long sum = g.upheld() + g.corrected() + g.other() + g.pending();
			if (sum != g.total()) {
				failures.add(APPEALS.get(i) + ": " + sum + " ≠ " + g.total());
			}
		}
		return check(Rule.APPEALS_SUM, failures);
	}

	static Check narrativeNumbers(ReportFigures f, Narrative filled) {
		List<String> failures = new ArrayList<>();
		String text = filled.text();
		Matcher unknown = Placeholders.PLACEHOLDER.matcher(text);
		while (unknown.find()) {
			failures.add(unknown.group());
		}
		STATED.forEach((pattern, figure) -> {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				BigDecimal stated = matcher.group(1).isEmpty() ? BigDecimal.ZERO : ChineseNumerals.value(matcher.group(1));
				if (stated.compareTo(figure.apply(f)) != 0) {
					failures.add("“" + matcher.group() + "” ≠ " + figure.apply(f).toPlainString());
				}
			}
		});
		return check(Rule.NARRATIVE_NUMBERS, failures);
	}

	static Check carryOver(ReportFigures f, Previous previous) {
		if (previous == null) {
			return new Check(Rule.CARRY_OVER, true, "");
		}
		List<String> failures = new ArrayList<>();
		for (Column c : Column.values()) {
			long carriedOver = f.requests().cell(CARRIED_OVER, c);
			long carriedForward = previous.figures().requests().cell(CARRIED_FORWARD, c);
			if (carriedOver != carriedForward) {
				failures.add(c + ": R2=" + carriedOver + " ≠ R4(Y−1)=" + carriedForward);
			}
		}
		return check(Rule.CARRY_OVER, failures);
	}

	static Check inForceStock(ReportFigures f, Previous previous) {
		if (previous == null) {
			return new Check(Rule.IN_FORCE_STOCK, true, "");
		}
		List<String> failures = new ArrayList<>();
		stock("rules", f.proactive().rules(), previous.figures().proactive().rules(), failures);
		stock("normativeDocuments", f.proactive().normativeDocuments(),
				previous.figures().proactive().normativeDocuments(), failures);
		return check(Rule.IN_FORCE_STOCK, failures);
	}

	private static void stock(String kind, ReportFigures.Counts now, ReportFigures.Counts before,
			List<String> failures) {
		long expected = before.inForce() + now.issued() - now.abolished();
		if (now.inForce() != expected) {
			failures.add(kind + ": " + now.inForce() + " ≠ " + before.inForce() + "+" + now.issued() + "−"
					+ now.abolished());
		}
	}

	static Check yearOnYear(ReportFigures f, Previous previous) {
		if (previous == null) {
			return new Check(Rule.YEAR_ON_YEAR, true, "");
		}
		// Each figure by the name the report gives it: its placeholder's, or its row's in table 二.
		Map<String, Function<ReportFigures, BigDecimal>> figures = new LinkedHashMap<>();
		figures.put(Placeholders.CHINESE.get("publishedCount"), x -> BigDecimal.valueOf(x.proactive().publishedCount()));
		figures.put(Placeholders.CHINESE.get("requestsReceived"), x -> BigDecimal.valueOf(x.requestsReceived()));
		figures.put(Placeholders.CHINESE.get("requestsClosed"), x -> BigDecimal.valueOf(x.requestsClosed()));
		figures.put("行政许可", x -> BigDecimal.valueOf(x.proactive().licensing()));
		figures.put("行政处罚", x -> BigDecimal.valueOf(x.proactive().penalty()));
		figures.put("行政强制", x -> BigDecimal.valueOf(x.proactive().enforcement()));
		figures.put(Placeholders.CHINESE.get("administrativeFeesWanYuan"), x -> x.proactive().administrativeFeesWanYuan());
		List<String> failures = new ArrayList<>();
		figures.forEach((name, figure) -> {
			BigDecimal now = figure.apply(f);
			BigDecimal before = figure.apply(previous.figures());
			if (before.signum() > 0 && now.signum() > 0) {
				double ratio = now.doubleValue() / before.doubleValue();
				if (ratio > 5 || ratio < 0.2) {
					failures.add(name + "：" + before.toPlainString() + " → " + now.toPlainString());
				}
			}
		});
		return check(Rule.YEAR_ON_YEAR, failures);
	}

	/** The share of this year's sentences found word for word in last year's text (a local assessment: ≤ 50%). */
	static Check repeatedText(Narrative filled, Previous previous) {
		if (previous == null) {
			return new Check(Rule.REPEATED_TEXT, true, "");
		}
		List<String> sentences = sentences(filled.text());
		String before = previous.narrative().text();
		long repeated = sentences.stream().filter(before::contains).count();
		boolean ok = sentences.isEmpty() || repeated * 2 <= sentences.size();
		return new Check(Rule.REPEATED_TEXT, ok, repeated + "/" + sentences.size());
	}

	private static List<String> sentences(String text) {
		return Arrays.stream(text.split("[。；！？\\n]")).map(String::strip).filter(s -> s.length() >= 8).toList();
	}

	private static Check check(Rule rule, List<String> failures) {
		return new Check(rule, failures.isEmpty(), String.join("; ", failures));
	}

}
