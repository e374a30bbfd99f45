package org.gongkai.interaction;

/**
 * One agency's open and overdue items across the three ledgers: the supervisor's overview.
 *
 * @param consultationsBeyondLimit unanswered past the website indicators' 3 months
 */
public record AgencyLoad(String agencyCode, String agencyName, long consultationsOpen, long consultationsOverdue,
		long consultationsBeyondLimit, long proposalsOpen, long proposalsOverdue, long findingsOpen,
		long findingsOverdue) {

	public boolean anyOverdue() {
		return consultationsOverdue + proposalsOverdue + findingsOverdue > 0;
	}

}
