package org.gongkai.interaction;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.platform.DomainException;
import org.gongkai.platform.TransitionTable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * An inspection finding and its rectification (督查整改): the agency fixes it and reports the evidence; the one who
 * found it signs it off (销号) or returns it ({@link #TABLE}). Past its deadline and not closed, it is overdue and
 * escalated once.
 */
class Finding {

	/**
	 * The one table of findings (督查整改销号): the agency reports the fix of an OPEN finding; the one who found it
	 * signs it off (销号) or returns it, and a returned finding is open again until the next fix.
	 */
	static final TransitionTable<FindingStatus, FindingAction> TABLE = TransitionTable
		.builder(FindingStatus.class, FindingAction.class, "interaction.finding.notAllowed")
		.initial(FindingStatus.OPEN)
		.from(FindingStatus.OPEN)
		.on(FindingAction.REPORT_FIX, FindingStatus.FIX_REPORTED)
		.from(FindingStatus.FIX_REPORTED)
		.on(FindingAction.SIGN_OFF, FindingStatus.CLOSED)
		.on(FindingAction.RETURN_FIX, FindingStatus.OPEN)
		.from(FindingStatus.CLOSED)
		.build();

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

	/**
	 * Takes a step of the rectification on {@code today}: the table decides whether it exists in this state (409
	 * otherwise); a fix is not reported or signed off before the finding was made.
	 */
	void apply(FindingCommand command, LocalDate today, String by) {
		FindingStatus next = TABLE.move(status, command.action());
		this.status = switch (command.action()) {
			case REPORT_FIX -> {
				FindingCommand.ReportFix fix = (FindingCommand.ReportFix) command;
				notBeforeFound(today);
				this.evidence = fix.evidence();
				this.evidenceLinks = fix.links().isEmpty() ? null : String.join("\n", fix.links());
				this.fixReportedOn = today;
				yield next;
			}
			case SIGN_OFF -> {
				notBeforeFound(today);
				this.closedOn = today;
				this.closedBy = by;
				yield next;
			}
			case RETURN_FIX -> {
				this.returnedReason = ((FindingCommand.ReturnFix) command).reason();
				yield next;
			}
		};
	}

	boolean overdueOn(LocalDate today) {
		return ReplyDeadlines.late(closedOn, deadline, today);
	}

	List<String> links() {
		return evidenceLinks == null ? List.of() : List.of(evidenceLinks.split("\n"));
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
