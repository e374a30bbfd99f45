package org.gongkai.assistant;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question says it is not about. People tell close matters apart by denying one and saying which they mean
 * (不是补办也不是换，是第一次办; 是迁出不是迁入; 我开的是西医诊所，不是中医的): the denied words name the wrong item, and
 * searched with the rest they pull towards it. A denial is 不是 up to the end of its clause (a punctuation mark, the
 * next 是, or the next denial), and it is left out only when the question also says what it is (a 是 of its own, as
 * in 是第一次办, 的是, 只是, 而是). 不是 alone denies nothing that can be left out: 我不是本地户口能办吗, 不是说可以网上办吗,
 * 不是本人可以代办吗 ask about the very words after it. Neither does 是不是 (it asks) nor 要不是 (it supposes).
 */
final class Denials {

	/** 不是, then the denied words up to a clause's end, the next 是 or the next denial (也不是). */
	private static final Pattern DENIAL = Pattern.compile("不是([^，。,.？?！!；;、\\s是也不吗吧]*)");

	/** Words with 是 that do not say what the question is about: they join, ask, suppose or deny. */
	private static final Pattern NO_AFFIRMATION = Pattern.compile("不是|是不是|是否|但是|可是|还是|要是|于是|总是|老是|"
			+ "真是|也是|都是|就是说|是的|是吗");

	private Denials() {
	}

	/** The question without the words it denies (不是 kept, so that the sentence still reads as one). */
	static String without(String question) {
		if (!NO_AFFIRMATION.matcher(question).replaceAll("").contains("是")) {
			return question;
		}
		Matcher denial = DENIAL.matcher(question);
		StringBuilder out = new StringBuilder();
		while (denial.find()) {
			boolean denies = denial.group(1).length() > 0 && !asksOrSupposes(question, denial.start());
			denial.appendReplacement(out, denies ? "不是" : Matcher.quoteReplacement(denial.group()));
		}
		denial.appendTail(out);
		return out.toString();
	}

	/** Whether the 不是 at {@code at} is part of 是不是 (not of 但是不是) or of 要不是. */
	private static boolean asksOrSupposes(String question, int at) {
		if (at == 0) {
			return false;
		}
		char before = question.charAt(at - 1);
		boolean joined = at >= 2 && "但可还只就于而".indexOf(question.charAt(at - 2)) >= 0;
		return before == '要' || before == '是' && !joined;
	}

}
