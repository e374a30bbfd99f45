package org.gongkai.publishing;

import java.util.EnumSet;
import java.util.Set;

import org.gongkai.platform.TransitionTable;
import org.gongkai.publishing.NormativeEntry.Status;

import static org.gongkai.publishing.NormativeAction.ABOLISH;
import static org.gongkai.publishing.NormativeAction.AMEND;
import static org.gongkai.publishing.NormativeAction.EXPIRE;
import static org.gongkai.publishing.NormativeAction.RENEW;
import static org.gongkai.publishing.NormativeAction.TAKE_EFFECT;
import static org.gongkai.publishing.NormativeEntry.Status.ABOLISHED;
import static org.gongkai.publishing.NormativeEntry.Status.AMENDED;
import static org.gongkai.publishing.NormativeEntry.Status.EXPIRED;
import static org.gongkai.publishing.NormativeEntry.Status.IN_FORCE;
import static org.gongkai.publishing.NormativeEntry.Status.NOT_YET_IN_FORCE;

/**
 * The one transition table of an entry of the ledger (立、改、废, rules.md §6), over where it stands today: a
 * document in force (as issued or as amended) may be abolished, amended or renewed; one issued with a later date of
 * effect takes effect on that day; one in force expires when its validity period runs out unrenewed ("自动失效"); an
 * abolished document stays abolished, and an expired one is gone — continuing it means issuing it anew
 * ("重新登记、编制登记号、公布"), not renewing it. TAKE_EFFECT and EXPIRE are the passing of a date, which the daily
 * expiry announcement records; reviewers are offered only their own actions.
 */
public final class NormativeTransitions {

	static final TransitionTable<Status, NormativeAction> TABLE = TransitionTable
		.builder(Status.class, NormativeAction.class, "publishing.normative.wrongStatus")
		.initial(NOT_YET_IN_FORCE)
		.initial(IN_FORCE)
		.from(NOT_YET_IN_FORCE).on(TAKE_EFFECT, IN_FORCE)
		.from(IN_FORCE).on(AMEND, AMENDED).on(RENEW, IN_FORCE).on(ABOLISH, ABOLISHED).on(EXPIRE, EXPIRED)
		.from(AMENDED).on(AMEND, AMENDED).on(RENEW, AMENDED).on(ABOLISH, ABOLISHED).on(EXPIRE, EXPIRED)
		.from(ABOLISHED)
		.from(EXPIRED)
		.build();

	private NormativeTransitions() {
	}

	/** What a reviewer may do to an entry that stands in {@code status} today. */
	static Set<NormativeAction> reviewerActions(Status status) {
		Set<NormativeAction> allowed = EnumSet.noneOf(NormativeAction.class);
		TABLE.allowed(status).stream().filter(NormativeAction::byReviewer).forEach(allowed::add);
		return allowed;
	}

	/** The table as a Mermaid state diagram, for the README. */
	public static String mermaid() {
		return TABLE.mermaid();
	}

}
