package org.gongkai.assistant;

import org.gongkai.assistant.Retrieval.Candidate;
import org.gongkai.assistant.Retrieval.Mode;

/**
 * When the best source is good enough to answer from; below it the assistant declines and offers the hand-over.
 * Calibrated on bench/assistant's calibration questions (not its test questions): vector and hybrid search decide on
 * the cosine similarity of the source's best passage, BM25 alone on its raw score.
 */
record Threshold(double cosine, double bm25) {

	boolean passes(Candidate candidate, Mode mode) {
		return mode == Mode.BM25 ? candidate.bm25() >= bm25 : candidate.cosine() >= cosine;
	}

}
