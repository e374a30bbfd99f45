package org.gongkai.publishing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.requests.RepeatedRequests;

/**
 * Information several applicants were given, offered to the publishing desk for proactive publication (OGI art. 44),
 * with what the desk decided and what this staff member may do about it now.
 */
public record PublicationCandidate(long anchorId, String agencyCode, String agencyName, String description,
		List<RepeatedRequests.Disclosed> applications, Status status, String reason, Long documentId,
		Set<Action> allowedActions) {

	/** Where a candidate stands: undecided, published as a draft, or declined with a reason. */
	public enum Status {

		OPEN, ACCEPTED, DECLINED

	}

	/** What the desk does with a candidate. */
	public enum Action {

		/** A draft document, published after the usual review, with 公开方式 依申请公开. */
		ACCEPT,
		/** Not published, for a reason recorded with the decision. */
		DECLINE

	}

	/** The day the latest of its applications closed. */
	public LocalDate lastDisclosedOn() {
		return applications.stream().map(RepeatedRequests.Disclosed::closedOn).max(LocalDate::compareTo).orElseThrow();
	}

	/** Whether an applicant of the group suggested publication on the status page. */
	public boolean suggestedByApplicant() {
		return applications.stream().anyMatch(RepeatedRequests.Disclosed::suggested);
	}

}
