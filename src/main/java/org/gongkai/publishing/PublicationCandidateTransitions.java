package org.gongkai.publishing;

import org.gongkai.platform.TransitionTable;
import org.gongkai.publishing.PublicationCandidate.Action;
import org.gongkai.publishing.PublicationCandidate.Status;

/**
 * The one transition table of a publication candidate (OGI art. 44: the agency "可以纳入主动公开的范围" — a choice, so
 * both answers are decisions): an open candidate is accepted (a draft is written) or declined with a reason; either
 * decision is final, and information asked for again later forms a new group only with new applications.
 */
public final class PublicationCandidateTransitions {

	static final TransitionTable<Status, Action> TABLE = TransitionTable
		.builder(Status.class, Action.class, "publishing.candidate.decided")
		.initial(Status.OPEN)
		.from(Status.OPEN).on(Action.ACCEPT, Status.ACCEPTED).on(Action.DECLINE, Status.DECLINED)
		.from(Status.ACCEPTED)
		.from(Status.DECLINED)
		.build();

	private PublicationCandidateTransitions() {
	}

}
