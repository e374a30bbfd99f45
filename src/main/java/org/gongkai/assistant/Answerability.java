package org.gongkai.assistant;

import java.util.List;

/**
 * How likely it is that the asked agency's best item answers a question at all, as the log-odds of a logistic model
 * over three pieces of evidence that mean the same for every catalogue: the cosine similarity of the item's best
 * passage, the share of the question's content words the item writes somewhere (its name or any of its passages),
 * and whether the question names a document (证, 照, 卡, 簿) that no source of the agency names (护照 asked where only
 * 身份证 is issued). Replaces the hand-set rules of round 2 (a word no source uses, a foreign document removing every
 * candidate), which fitted the tuning questions and not the frozen ones.
 * <p>
 * The weights were fitted on bench/assistant/eval-tuning.tsv only (answerable against no-item questions), each
 * question read twice — with the shipped dictionary and with its dialect part alone — so that the weights do not lean
 * on dictionary entries written beside the tuning questions (a new agency's askers use words no dictionary has); and
 * checked by fitting on two of the three agencies and scoring the third. Below {@link #OFFER} the assistant does not offer the agency's items (it declines or
 * redirects); from {@link #ANSWER} an item that is clearly ahead is answered from even when its cosine alone is below
 * the decline threshold.
 *
 * @param coverage the share of the question's content words the best item writes ({@link #NO_WORDS} when it has none)
 * @param foreignDocument whether the question names a document no source of the asked agency names
 */
record Answerability(double coverage, boolean foreignDocument) {

	static final double COSINE = 11.8;

	static final double COVERAGE = 2.85;

	static final double FOREIGN_DOCUMENT = -1.9;

	static final double BIAS = -7.5;

	/** The log-odds from which the agency's items are offered (about 62 % likely to be answerable). */
	static final double OFFER = 0.5;

	/** The log-odds from which the best item, when clearly ahead, is answered from (about 73 %). */
	static final double ANSWER = 1.0;

	/** The coverage of a question without content words. */
	static final double NO_WORDS = 0.5;

	/** The log-odds that the best item, whose best passage has this cosine similarity, answers the question. */
	double score(double cosine) {
		return BIAS + COSINE * cosine + COVERAGE * coverage + (foreignDocument ? FOREIGN_DOCUMENT : 0);
	}

	/**
	 * The share of the words written somewhere in the text; one half when there are none (a follow-up such as
	 * 那要多长时间 says nothing either way, and is read with the subject of the last answer when it is declined).
	 */
	static double coverage(List<String> words, String text) {
		if (words.isEmpty()) {
			return NO_WORDS;
		}
		return (double) words.stream().filter(text::contains).count() / words.size();
	}

}
