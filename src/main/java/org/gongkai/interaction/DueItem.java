package org.gongkai.interaction;

import java.time.LocalDate;

/** Something due on the dashboard: a consultation, a proposal or a finding, with the link to its page. */
public record DueItem(Kind kind, long id, String agencyName, String title, LocalDate dueOn, boolean overdue) {

	/** Which ledger the item belongs to. */
	public enum Kind {

		/** 咨询. */
		CONSULTATION,
		/** 建议提案. */
		PROPOSAL,
		/** 督查整改. */
		FINDING

	}

	/** The admin page of the item. */
	public String path() {
		return switch (kind) {
			case CONSULTATION -> "/admin/interaction/consultations/" + id;
			case PROPOSAL -> "/admin/interaction/proposals/" + id;
			case FINDING -> "/admin/interaction/findings/" + id;
		};
	}

}
