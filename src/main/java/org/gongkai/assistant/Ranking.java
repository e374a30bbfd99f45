package org.gongkai.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gongkai.assistant.Retrieval.Candidate;

/**
 * Orders the items found for a question by one score, so that the one answered from is the one the evidence favours
 * and the lead of the first over the second says when to answer without asking: the cosine similarity of its best
 * passage, plus its BM25 relative to the best BM25 of the question ({@link #LEXICAL}), plus the share of its name
 * the question writes ({@link #TITLE}), plus or minus {@link #ACTION} when its name is about one act on a thing
 * (注销 or a school's 终止, 变更, 补领, 换领, 延续) and the question does or does not speak of that act, minus {@link #NEGATED} times the
 * share of its name the question writes only where it says what it does not mean or has already done
 * (不是换领，是补领; 不能简易注销; 不算小餐饮; 工伤已经认定下来了): the meaning of the words cannot see the negation,
 * the names can. Nothing in it depends on a catalogue: the same weights hold for an agency that imports its own items.
 * Tuned on the tuning parts of bench/assistant (eval-tuning.tsv, eval-tuning-2.tsv).
 */
final class Ranking {

	/** The weight of the BM25 score, relative to the question's best. */
	static final double LEXICAL = 0.05;

	/** The weight of the share of the item's name (its two-character pairs) the question writes. */
	static final double TITLE = 0.05;

	/** The weight of the share of the item's name the question writes only in what it denies ({@link Reading}). */
	static final double NEGATED = 0.2;

	/**
	 * Words that say what the asker does not mean or has already done; the words after them, up to a pause, are what
	 * is denied.
	 */
	private static final List<String> DENIALS = List.of("不是", "不算", "不属于", "并非", "不能", "已经");

	/** The pauses of a sentence, which end what is denied. */
	private static final String PAUSES = "，。,.；;！!？?、 ";

	/** Words that begin what is meant after two or more denied characters (不是投靠亲属是人才引进). */
	private static final String MEANT_AFTER = "是而";

	/** What an item whose name is about one act gains when the question speaks of it, and loses when it does not. */
	static final double ACTION = 0.03;

	/**
	 * The acts an item's name can be about, each with the words that name it in a name and the words that speak of it
	 * in a question (after the dictionary: 丢了 is read 丢失, 过期了 有效期满).
	 */
	private static final List<Act> ACTS = List.of(
			new Act(List.of("注销", "学校终止", "办学终止", "机构终止"), List.of("注销", "终止", "销掉", "销户", "关掉", "关门", "不开", "不干", "不做", "不办了",
					"停办", "停业", "歇业", "倒闭", "解散", "撤销")),
			new Act(List.of("变更"), List.of("变更", "改", "变动")),
			new Act(List.of("补领", "补办", "遗失", "补发", "挂失"), List.of("补", "丢失", "遗失", "被偷", "损坏", "坏了", "挂失")),
			new Act(List.of("换领", "换发", "换证"), List.of("换", "有效期满", "过期", "到期")),
			new Act(List.of("延续"), List.of("延续", "续期", "续证", "续办", "续签", "延期", "有效期满", "过期", "到期")));

	private record Act(List<String> inName, List<String> inQuestion) {
	}

	private Ranking() {
	}

	/** The candidates best first, each with its combined score as {@link Candidate#fused()}. */
	static List<Candidate> rank(String question, List<Candidate> found) {
		double bestWords = found.stream().mapToDouble(Candidate::bm25).max().orElse(0);
		Reading reading = Reading.of(question);
		List<Candidate> ranked = new ArrayList<>();
		for (Candidate c : found) {
			String name = c.best().title();
			double score = c.cosine() + (bestWords > 0 ? LEXICAL * c.bm25() / bestWords : 0)
					+ TITLE * nameShare(reading.meant(), name) - NEGATED * reading.deniedShare(name)
					+ ACTION * act(reading.meant(), name);
			ranked.add(new Candidate(c.sourceKey(), c.passages(), score, c.cosine(), c.bm25()));
		}
		ranked.sort(Comparator.comparingDouble(Candidate::fused).reversed());
		return ranked;
	}

	/**
	 * A question split into what it says it means and what it says it does not mean or has done already:
	 * 身份证不是过期，是被偷了 means 身份证，是被偷了 and denies 过期. 是不是 and 能不能 ask; they deny nothing.
	 */
	record Reading(String meant, String denied) {

		static Reading of(String question) {
			StringBuilder meant = new StringBuilder();
			StringBuilder denied = new StringBuilder();
			int i = 0;
			int[] denial;
			while ((denial = denial(question, i)) != null) {
				int start = denial[0] + denial[1];
				int end = start;
				while (end < question.length() && PAUSES.indexOf(question.charAt(end)) < 0
						&& !question.startsWith("不是", end) && !question.startsWith("也不是", end)
						&& (end - start < 2 || MEANT_AFTER.indexOf(question.charAt(end)) < 0)) {
					end++;
				}
				meant.append(question, i, denial[0]);
				denied.append(question, start, end).append(' ');
				i = end;
			}
			meant.append(question, i, question.length());
			return new Reading(meant.toString(), denied.toString());
		}

		/** Where the first denial at or after {@code from} begins, and its length; null when there is none. */
		private static int[] denial(String question, int from) {
			int[] first = null;
			for (String word : DENIALS) {
				int at = question.indexOf(word, from);
				while (at > 0 && "是能".indexOf(question.charAt(at - 1)) >= 0) {
					at = question.indexOf(word, at + 1);
				}
				if (at >= 0 && (first == null || at < first[0])) {
					first = new int[] { at, word.length() };
				}
			}
			return first;
		}

		/** The share of the name's two-character pairs written in what is denied and nowhere in what is meant. */
		double deniedShare(String name) {
			if (denied.isEmpty() || name == null || name.length() < 2) {
				return 0;
			}
			int pairs = name.length() - 1;
			int only = 0;
			for (int i = 0; i < pairs; i++) {
				String pair = name.substring(i, i + 2);
				only += denied.contains(pair) && !meant.contains(pair) ? 1 : 0;
			}
			return (double) only / pairs;
		}

	}

	/** The share of the name's two-character pairs the question writes. */
	static double nameShare(String question, String name) {
		if (name == null || name.length() < 2) {
			return 0;
		}
		int pairs = name.length() - 1;
		int written = 0;
		for (int i = 0; i < pairs; i++) {
			written += question.contains(name.substring(i, i + 2)) ? 1 : 0;
		}
		return (double) written / pairs;
	}

	/** 1 when the name is about an act the question speaks of, -1 when about acts it does not, 0 otherwise. */
	static int act(String question, String name) {
		List<Act> acts = ACTS.stream().filter(a -> a.inName().stream().anyMatch(name::contains)).toList();
		if (acts.isEmpty()) {
			return 0;
		}
		return acts.stream().anyMatch(a -> a.inQuestion().stream().anyMatch(question::contains)) ? 1 : -1;
	}

}
