package org.gongkai.assistant;

import org.gongkai.assistant.Retrieval.Candidate;
import org.gongkai.assistant.Retrieval.Mode;

/**
 * When the best source is good enough to answer from; below it the assistant declines and offers the hand-over.
 * Calibrated on bench/assistant/calibration.tsv (never on its test questions): a source answers when its best
 * passage is close in meaning to the question ({@code cosine}), or somewhat close ({@code cosineWithWords}) and
 * sharing enough of its words ({@code wordsScore}, BM25); BM25 alone needs {@code bm25Alone}.
 */
record Threshold(double cosine, double cosineWithWords, double wordsScore, double bm25Alone) {

	boolean passes(Candidate candidate, Mode mode) {
		return switch (mode) {
			case BM25 -> candidate.bm25() >= bm25Alone;
			case VECTORS -> candidate.cosine() >= cosine;
			case HYBRID -> candidate.cosine() >= cosine
					|| candidate.cosine() >= cosineWithWords && candidate.bm25() >= wordsScore;
		};
	}

}
