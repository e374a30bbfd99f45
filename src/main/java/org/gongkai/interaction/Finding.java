package org.gongkai.interaction;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.platform.DomainException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * An inspection finding and its rectification (督查整改): the agency fixes it and reports the evidence; the one who
 * found it signs it off (销号) or returns it. Past its deadline and not closed, it is overdue and escalated once.
 */
class Finding {

	@Id
	Long id;

	@Version
	Integer version;

	final Long agencyId;

	final FindingSource source;

	final Long foundByAgencyId;

	final String foundBy;

	final LocalDate foundOn;

	final String problem;

	final String requiredFix;

	final LocalDate deadline;

	final String responsiblePerson;

	FindingStatus status;

	String evidence;

	String evidenceLinks;

	LocalDate fixReportedOn;

	String returnedReason;

	LocalDate closedOn;

	String closedBy;

	LocalDate escalatedOn;

	Finding(Long id, Integer version, Long agencyId, FindingSource source, Long foundByAgencyId, String foundBy,
			LocalDate foundOn, String problem, String requiredFix, LocalDate deadline, String responsiblePerson,
			FindingStatus status, String evidence, String evidenceLinks, LocalDate fixReportedOn,
			String returnedReason, LocalDate closedOn, String closedBy, LocalDate escalatedOn) {
		this.id = id;
		this.version = version;
		this.agencyId = agencyId;
		this.source = source;
		this.foundByAgencyId = foundByAgencyId;
		this.foundBy = foundBy;
		this.foundOn = foundOn;
		this.problem = problem;
		this.requiredFix = requiredFix;
		this.deadline = deadline;
		this.responsiblePerson = responsiblePerson;
		this.status = status;
		this.evidence = evidence;
		this.evidenceLinks = evidenceLinks;
		this.fixReportedOn = fixReportedOn;
		this.returnedReason = returnedReason;
		this.closedOn = closedOn;
		this.closedBy = closedBy;
		this.escalatedOn = escalatedOn;
	}

	static Finding recorded(long agencyId, long foundByAgencyId, String foundBy, NewFinding f) {
		return new Finding(null, null, agencyId, f.source(), foundByAgencyId, foundBy, f.foundOn(),
				f.problem().strip(), f.requiredFix().strip(), f.deadline(), f.responsiblePerson().strip(),
				FindingStatus.OPEN, null, null, null, null, null, null, null);
	}

	void reportFix(LocalDate on, String text, List<String> links) {
		require(FindingStatus.OPEN, "reportFix");
		if (!QuestionRules.present(text)) {
			throw DomainException.invalid("evidence", "validation.required");
		}
		notBeforeFound(on);
		this.evidence = text.strip();
		this.evidenceLinks = links.isEmpty() ? null : String.join("\n", links);
		this.fixReportedOn = on;
		this.status = FindingStatus.FIX_REPORTED;
	}

	void signOff(LocalDate on, String by) {
		require(FindingStatus.FIX_REPORTED, "signOff");
		notBeforeFound(on);
		this.status = FindingStatus.CLOSED;
		this.closedOn = on;
		this.closedBy = by;
	}

	void returnFix(String reason) {
		require(FindingStatus.FIX_REPORTED, "returnFix");
		if (!QuestionRules.present(reason)) {
			throw DomainException.invalid("reason", "validation.required");
		}
		this.returnedReason = reason.strip();
		this.status = FindingStatus.OPEN;
	}

	boolean overdueOn(LocalDate today) {
		return (closedOn == null ? today : closedOn).isAfter(deadline);
	}

	List<String> links() {
		return evidenceLinks == null ? List.of() : List.of(evidenceLinks.split("\n"));
	}

	private void require(FindingStatus expected, String action) {
		if (status != expected) {
			throw DomainException.conflict(null, "interaction.finding.notAllowed", status, action);
		}
	}

	private void notBeforeFound(LocalDate on) {
		if (on.isBefore(foundOn)) {
			throw DomainException.invalid("on", "interaction.beforeStart", foundOn);
		}
	}

	/**
	 * The daily watch escalates once to the supervisor a finding not fixed and signed off by its deadline; answers
	 * whether it did.
	 */
	boolean escalate(LocalDate on) {
		if (escalatedOn != null || status == FindingStatus.CLOSED || !ReplyDeadlines.overdue(closedOn, deadline, on)) {
			return false;
		}
		this.escalatedOn = on;
		return true;
	}
}
