package org.gongkai.appeals;

import java.util.Set;

import org.gongkai.platform.TransitionTable;

import static org.gongkai.appeals.AppealAction.ADD_DOCUMENT;
import static org.gongkai.appeals.AppealAction.DECIDE;
import static org.gongkai.appeals.AppealStatus.DECIDED;
import static org.gongkai.appeals.AppealStatus.PENDING;

/**
 * The transition table of a reconsideration or litigation case (OGI art. 51): a case is registered pending, decided
 * once, and keeps its documents filed before and after the decision (a judgment arrives after it). It alone decides
 * {@link Appeals#decide}'s guard, the forms the back office shows, and the diagram in the README.
 */
public final class AppealTransitions {

	static final TransitionTable<AppealStatus, AppealAction> TABLE = TransitionTable
		.builder(AppealStatus.class, AppealAction.class, "appeals.alreadyDecided")
		.initial(PENDING)
		.from(PENDING).on(DECIDE, DECIDED).on(ADD_DOCUMENT, PENDING)
		.from(DECIDED).on(ADD_DOCUMENT, DECIDED)
		.build();

	private AppealTransitions() {
	}

	/** The actions the table allows in a state, in the table's order. */
	public static Set<AppealAction> allowedActions(AppealStatus from) {
		return TABLE.allowed(from);
	}

	/** The table as a Mermaid state diagram, for the README. */
	public static String mermaid() {
		return TABLE.mermaid();
	}

}
