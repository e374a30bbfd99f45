package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader typed, taken apart the way every engine needs it: parts separated by spaces or commas, each one
 * required, and phrases in quotes ("…" or “…”) kept whole. Nothing is syntax: brackets, colons or a stray quote are
 * just text, so no input can make a search fail.
 */
record QueryText(List<Part> parts) {

	private static final Pattern PART = Pattern.compile("[\"“”]([^\"“”]+)[\"“”]|[^\\s,，、;；\"“”]+");

	private static final Pattern BRACKETS = Pattern.compile("[\\[\\]〔〕()（）【】﹝﹞\\{\\}/\\\\\\-－—_]+");

	private static final Pattern LEADING_ZEROS = Pattern.compile("(?<!\\d)0+(\\d)");

	/** One part of the query; {@code quoted} parts match as a phrase. */
	record Part(String text, boolean quoted) {
	}

	static QueryText parse(String text) {
		List<Part> parts = new ArrayList<>();
		Matcher matcher = PART.matcher(text == null ? "" : text);
		while (matcher.find()) {
			parts.add(matcher.group(1) != null ? new Part(matcher.group(1).strip(), true)
					: new Part(matcher.group(), false));
		}
		return new QueryText(parts.stream().filter(part -> !part.text().isBlank()).toList());
	}

	/**
	 * The form under which a document number or an index number matches exactly, whatever brackets or zeros were
	 * typed (GB/T 9704 wants 〔〕 and no leading zeros; readers type [], (), 第 and 01): 鄂州华容政规〔2025〕1号,
	 * 鄂州华容政规[2025]第01号 and 鄂州华容政规（2025）1号 all become {@code 鄂州华容政规|2025|1号}.
	 */
	static String numberKey(String number) {
		String key = number.toLowerCase(Locale.ROOT).replaceAll("\\s+", "").replace("第", "");
		key = BRACKETS.matcher(key).replaceAll("|");
		key = LEADING_ZEROS.matcher(key).replaceAll("$1");
		return key.replaceAll("^\\|+|\\|+$", "");
	}

}
