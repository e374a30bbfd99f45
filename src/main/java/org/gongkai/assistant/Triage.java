package org.gongkai.assistant;

import java.util.List;
import java.util.Optional;

import org.gongkai.assistant.Retrieval.Candidate;
import org.gongkai.assistant.Retrieval.Mode;

/**
 * What the assistant does with what it found: answers from the best item when it is likely to answer the question
 * ({@link Answerability}) and clearly ahead; asks "您是不是想问" with the best few when they are close to each other
 * or only moderately likely; says the question belongs to another agency when that agency's sources answer it and
 * the asked agency's do not; when what it asks is another kind of department's matter ({@link Remits}), sends it to
 * the agency of the tree whose item is closer and close enough to answer from, or else says which kind of department
 * usually handles it; and declines, offering the hand-over to staff, only when the agency's best item is unlikely to
 * answer it (or cannot: the question is about a matter of the agency's own kind that none of its items covers, see
 * {@link Remits#unlisted}). Tuned on the tuning parts of bench/assistant only (eval-tuning.tsv to
 * eval-tuning-7.tsv).
 *
 * @param threshold when an item is close enough to answer from
 * @param margin how far (in cosine) the best item must be ahead of the second to answer without asking
 * @param choices how many items a clarification offers at most
 */
record Triage(Threshold threshold, double margin, int choices) {

	static Triage defaults(Threshold threshold) {
		return new Triage(threshold, 0.03, 3);
	}

	enum Kind {

		ANSWER, CLARIFY, REDIRECT, DECLINE

	}

	/**
	 * @param candidates the items answered from or offered, best first (for a redirect, the other agency's)
	 * @param elsewhere for a redirect, the path of the agency the question belongs to
	 * @param close whether the best item is close enough to answer from (a clarification between close items, which
	 * a language model may answer from all of them)
	 * @param belongs for a decline, the table's item the question is about when another kind of department handles it
	 * @param unlisted for a decline, whether the question is about a matter of the agency's own kind that none of its
	 * items covers ({@link Answerability#unlisted()}): the agency has no guide for it, whatever was asked before
	 */
	record Decision(Kind kind, List<Candidate> candidates, String elsewhere, boolean close, Remits.Remit belongs,
			boolean unlisted) {

		Decision(Kind kind, List<Candidate> candidates, String elsewhere, boolean close) {
			this(kind, candidates, elsewhere, close, null, false);
		}

		Decision(Kind kind, List<Candidate> candidates, String elsewhere, boolean close, Remits.Remit belongs) {
			this(kind, candidates, elsewhere, close, belongs, false);
		}

	}

	/**
	 * @param here what the asked agency's subtree holds for the question, best first
	 * @param elsewhere whether the question uses a word that none of the asked agency's sources use and another
	 * agency's do (社保卡 asked of a 公安分局)
	 * @param evidence what says whether the best item answers the question at all ({@link Answerability})
	 * @param outside what the rest of the tree holds, best first
	 * @param belongs the table's item the question is about when the asked agency does not handle it ({@link Remits})
	 */
	Decision decide(List<Candidate> here, boolean elsewhere, Answerability evidence, List<Candidate> outside,
			Optional<Remits.Remit> belongs) {
		Candidate top = here.isEmpty() ? null : here.get(0);
		double best = top == null ? 0 : top.cosine();
		Candidate other = outside.isEmpty() ? null : outside.get(0);
		boolean otherCloser = other != null && other.cosine() > best;
		boolean otherAnswers = otherCloser && threshold.passes(other, Mode.HYBRID);
		// the question uses words only another agency uses and that agency's best item is closer in meaning
		if (otherCloser && elsewhere || otherAnswers && other.cosine() - best >= REDIRECT_LEAD) {
			return redirect(other, otherAnswers);
		}
		if (belongs.isPresent()) {
			// the matter is another kind of department's: the tree's agency that answers it, or where it belongs
			return otherAnswers ? redirect(other, true)
					: new Decision(Kind.DECLINE, List.of(), null, false, belongs.get());
		}
		double answerable = top == null ? Double.NEGATIVE_INFINITY : evidence.score(best, top.bm25());
		if (answerable < Answerability.OFFER) {
			return otherAnswers ? redirect(other, true)
					: new Decision(Kind.DECLINE, List.of(), null, false, null, evidence.unlisted());
		}
		boolean close = threshold.passes(top, Mode.HYBRID);
		Candidate next = here.size() > 1 ? here.get(1) : null;
		boolean ahead = next == null || top.fused() - next.fused() >= SCORE_LEAD || best - next.cosine() >= margin;
		if (ahead && (close || answerable >= Answerability.ANSWER)) {
			return new Decision(Kind.ANSWER, close(here, threshold), null, true);
		}
		return new Decision(Kind.CLARIFY, offered(here), null, close);
	}

	/**
	 * How far the best item's combined score ({@link Ranking}) must be ahead of the second's to answer without asking.
	 * {@link Responder} ranks the candidates before deciding. Halved from 0.01 in round 7: on the five tuning parts
	 * the clarifications between items 0.005 to 0.01 apart cost more right first answers than they put the right
	 * item among the choices (the answer still lists the close second and third as sources).
	 */
	static final double SCORE_LEAD = 0.005;

	/** How far (in cosine) another agency's item must be ahead to redirect a question that uses the asked one's words. */
	static final double REDIRECT_LEAD = 0.08;

	/** Sends the question to the agency of another agency's item, which is close enough to answer from or not. */
	private static Decision redirect(Candidate other, boolean close) {
		return new Decision(Kind.REDIRECT, List.of(other), other.best().agencyPath(), close);
	}

	private List<Candidate> close(List<Candidate> found, Threshold threshold) {
		return found.stream().limit(choices).filter(c -> c == found.get(0) || threshold.passes(c, Mode.HYBRID)).toList();
	}

	/**
	 * How far (in cosine) behind the best item a choice of a clarification may be: 居住证怎么办 offered 居住证首次申领,
	 * 居住证签注 and, a long way behind, 城乡居民基本医疗保险参保登记. On the seven tuning parts of bench/assistant no
	 * clarification's right item was further behind than 0.03.
	 */
	static final double CHOICE_SPREAD = 0.05;

	private List<Candidate> offered(List<Candidate> found) {
		double best = found.get(0).cosine();
		return found.stream().limit(choices).filter(c -> c.cosine() >= best - CHOICE_SPREAD).toList();
	}

}
