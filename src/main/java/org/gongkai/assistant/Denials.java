package org.gongkai.assistant;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question says it is not about. People tell close matters apart by denying one (不是补办也不是换，是第一次办;
 * 是迁出不是迁入; 我开的是西医诊所，不是中医的): the denied words name the wrong item, and searched with the rest they
 * pull towards it. A denial is 不是 up to the end of its clause (a punctuation mark, or a 是 that starts what is
 * meant); 是不是 asks, it denies nothing.
 */
final class Denials {

	/**
	 * 不是 (not preceded by 是, so not 是不是), then the denied words up to a clause's end, the next 是 or the next
	 * denial (也不是).
	 */
	private static final Pattern DENIAL = Pattern.compile("(?<!是)不是([^，。,.？?！!；;、\\s是也不]*)");

	private Denials() {
	}

	/** The question without the words it denies (不是 kept, so that the sentence still reads as one). */
	static String without(String question) {
		Matcher denial = DENIAL.matcher(question);
		StringBuilder out = new StringBuilder();
		while (denial.find()) {
			denial.appendReplacement(out, "不是");
		}
		denial.appendTail(out);
		return out.toString();
	}

}
