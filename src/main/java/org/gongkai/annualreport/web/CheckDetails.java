package org.gongkai.annualreport.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.annualreport.Check;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A failed check's detail as a disclosure officer reads it. The detail itself stays language neutral (the JSON of a
 * checked report carries it as it is): column codes ({@code NATURAL_PERSON}), row ids of table 三 ({@code R1},
 * {@code R3.3.1}, {@code R4(Y−1)}), sums ({@code ΣR3.x}) and the groups of table 四; here each becomes the words of the
 * printed report in the page's language (自然人, 第一项, 第三项（三）1, 上年度报告的第四项, 行政复议). Numbers and
 * anything else stay as written. Templates call it as {@code @checkDetails}.
 */
@Component("checkDetails")
public class CheckDetails {

	private static final Pattern TOKEN = Pattern.compile("ΣR3\\.x|Σ(?==)|R(\\d(?:\\.\\d+)*)(\\(Y−1\\))?"
			+ "|\\b(?:NATURAL_PERSON|COMMERCIAL_ENTERPRISE|RESEARCH_INSTITUTION|SOCIAL_WELFARE_ORGANIZATION"
			+ "|LEGAL_SERVICE_AGENCY|OTHER_ORGANIZATION|TOTAL|reconsideration|litigationDirect"
			+ "|litigationAfterReconsideration|proactive|rules|normativeDocuments)\\b");

	/** The prefix of the words of each code: {@code annualreport.detail.NATURAL_PERSON} and so on. */
	private static final String WORDS = "annualreport." + "detail";

	private static final String NUMERALS = "〇一二三四五六七八九";

	private final MessageSource messages;

	CheckDetails(MessageSource messages) {
		this.messages = messages;
	}

	/** The detail of the check in words; empty for a check that passed with nothing to say. */
	public String of(Check check) {
		return words(check.detail(), LocaleContextHolder.getLocale());
	}

	String words(String detail, Locale locale) {
		if (detail == null || detail.isEmpty()) {
			return "";
		}
		Matcher token = TOKEN.matcher(detail);
		StringBuilder out = new StringBuilder();
		while (token.find()) {
			token.appendReplacement(out, Matcher.quoteReplacement(word(token, locale)));
		}
		return token.appendTail(out).toString();
	}

	private String word(Matcher token, Locale locale) {
		String text = token.group();
		if (token.group(1) != null) {
			String row = row(token.group(1), locale);
			return token.group(2) == null ? row
					: messages.getMessage("annualreport.detail.previousYear", new Object[] { row }, locale);
		}
		String key = switch (text) {
			case "ΣR3.x" -> "outcomes";
			case "Σ" -> "applicants";
			default -> text;
		};
		return messages.getMessage(WORDS + '.' + key, null, text, locale);
	}

	/** A row of table 三 by its printed number: R1 第一项, R3.7 第三项（七）, R3.3.1 第三项（三）1; in English "row 3.3.1". */
	private String row(String id, Locale locale) {
		if (!Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
			return "row " + id;
		}
		String[] parts = id.split("\\.");
		StringBuilder printed = new StringBuilder("第").append(numeral(parts[0])).append('项');
		if (parts.length > 1) {
			printed.append('（').append(numeral(parts[1])).append('）');
		}
		if (parts.length > 2) {
			printed.append(parts[2]);
		}
		return printed.toString();
	}

	private static String numeral(String digits) {
		int value = Integer.parseInt(digits);
		return value < NUMERALS.length() ? String.valueOf(NUMERALS.charAt(value)) : digits;
	}

}
