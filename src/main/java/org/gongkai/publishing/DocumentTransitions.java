package org.gongkai.publishing;

import java.util.Set;

import org.gongkai.platform.TransitionTable;

import static org.gongkai.publishing.DocumentAction.EDIT;
import static org.gongkai.publishing.DocumentAction.PUBLISH;
import static org.gongkai.publishing.DocumentAction.PUBLISH_DUE;
import static org.gongkai.publishing.DocumentAction.RECALL;
import static org.gongkai.publishing.DocumentAction.REJECT;
import static org.gongkai.publishing.DocumentAction.SCHEDULE;
import static org.gongkai.publishing.DocumentAction.SUBMIT;
import static org.gongkai.publishing.DocumentAction.UNSCHEDULE;
import static org.gongkai.publishing.DocumentAction.WITHDRAW;
import static org.gongkai.publishing.DocumentStatus.DRAFT;
import static org.gongkai.publishing.DocumentStatus.PUBLISHED;
import static org.gongkai.publishing.DocumentStatus.SCHEDULED;
import static org.gongkai.publishing.DocumentStatus.SUBMITTED;
import static org.gongkai.publishing.DocumentStatus.WITHDRAWN;

/**
 * The one transition table of a document's review (OGI art. 17: reviewed before it is published): state × action →
 * next state. It alone decides the moves of {@link Document}, the buttons the back office shows, and the diagram in
 * the README; the rules on top of it (the reviewer is not the author, findings need a reason, a set time lies ahead)
 * are checked by the aggregate. A document brought in from an older system begins PUBLISHED.
 */
public final class DocumentTransitions {

	static final TransitionTable<DocumentStatus, DocumentAction> TABLE = TransitionTable
		.builder(DocumentStatus.class, DocumentAction.class, "publishing.document.wrongStatus")
		.initial(DRAFT)
		.initial(PUBLISHED)
		.from(DRAFT).on(EDIT, DRAFT).on(SUBMIT, SUBMITTED)
		.from(SUBMITTED).on(REJECT, DRAFT).on(RECALL, DRAFT).on(PUBLISH, PUBLISHED).on(SCHEDULE, SCHEDULED)
		.from(SCHEDULED).on(PUBLISH_DUE, PUBLISHED).on(UNSCHEDULE, SUBMITTED)
		.from(PUBLISHED).on(EDIT, DRAFT).on(WITHDRAW, WITHDRAWN)
		.from(WITHDRAWN)
		.build();

	private DocumentTransitions() {
	}

	/** The actions the table allows in a state, in the table's order. */
	public static Set<DocumentAction> allowedActions(DocumentStatus from) {
		return TABLE.allowed(from);
	}

	/** The table as a Mermaid state diagram, for the README. */
	public static String mermaid() {
		return TABLE.mermaid();
	}

}
