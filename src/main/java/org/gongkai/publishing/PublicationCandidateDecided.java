package org.gongkai.publishing;

import org.gongkai.audit.AuditableEvent;

/** The desk accepted or declined information several applicants were given (OGI art. 44). */
public record PublicationCandidateDecided(String agencyCode, long anchorRequestId, String status,
		String trackingNumbers, String actor, String detail) implements AuditableEvent {

	@Override
	public String action() {
		return "PUBLICATION_CANDIDATE_" + status;
	}

	@Override
	public String subject() {
		return "publication-candidate:" + anchorRequestId;
	}

	@Override
	public String summary() {
		return "requests=" + trackingNumbers + "; " + detail;
	}

}
