package org.gongkai.assistant;

import java.util.List;

/**
 * How likely it is that the asked agency's best item answers a question at all, as the log-odds of a logistic model
 * over four pieces of evidence that mean the same for every catalogue: the cosine similarity of the item's best
 * passage, the share of the question's content words the item writes somewhere (its name or any of its passages),
 * how strongly its words match (the logarithm of one plus its BM25 score in units of {@link #rarest}, so that it
 * means the same in a small tree and a large one), and whether the question names a document
 * (证, 照, 卡, 簿) that no source of the agency names (护照 asked where only 身份证 is issued). A fifth rules the items
 * out whatever the four say: the question is about a matter of the agency's own kind that none of its items covers
 * ({@link Remits#unlisted}).
 * <p>
 * Round 4 fitted the weights on both tuning parts of bench/assistant: eval-tuning.tsv, written by the author of the
 * shipped dictionary, and eval-tuning-2.tsv, written without the code or its dictionaries, so that the weights do not
 * lean on dictionary entries written beside the questions (a new agency's askers use words no dictionary has); and
 * checked them by fitting on either part and scoring the other. Below {@link #OFFER} the assistant does not offer
 * the agency's items (it declines or redirects); from {@link #ANSWER} an item that is clearly ahead is answered from
 * even when its cosine alone is below the decline threshold.
 *
 * @param coverage the share of the question's content words the best item writes ({@link #NO_WORDS} when it has none)
 * @param foreignDocument whether the question names a document no source of the asked agency names
 * @param unlisted whether the question is clearly about a matter of the agency's own kind of department that none of
 * its items covers ({@link Remits#unlisted}): then no item answers it, whatever the rest of the evidence says
 * @param rarest the BM25 weight of a word only one passage of the index writes ({@link #rarest(int)})
 */
record Answerability(double coverage, boolean foreignDocument, boolean unlisted, double rarest) {

	static final double COSINE = 9.81;

	static final double COVERAGE = 1.78;

	static final double WORDS_MATCH = 1.71;

	static final double FOREIGN_DOCUMENT = -1.65;

	static final double BIAS = -7.05;

	/** The log-odds from which the agency's items are offered (about 57 % likely to be answerable). */
	static final double OFFER = 0.3;

	/** The log-odds from which the best item, when clearly ahead, is answered from (about 69 %). */
	static final double ANSWER = 0.8;

	/** The coverage of a question without content words. */
	static final double NO_WORDS = 0.5;

	/**
	 * The log-odds that the best item answers the question, given the cosine similarity of its best passage and its
	 * BM25 score; negative infinity (never offered) when the question is about an unlisted matter.
	 */
	double score(double cosine, double bm25) {
		if (unlisted) {
			return Double.NEGATIVE_INFINITY;
		}
		return BIAS + COSINE * cosine + COVERAGE * coverage + WORDS_MATCH * Math.log1p(bm25 / rarest)
				+ (foreignDocument ? FOREIGN_DOCUMENT : 0);
	}

	/**
	 * The inverse document frequency Lucene's BM25 gives a word that one of {@code passages} passages writes: the
	 * unit in which a match is measured, since the same match scores higher in a larger index.
	 */
	static double rarest(int passages) {
		return Math.log(1 + (Math.max(passages, 1) - 0.5) / 1.5);
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
