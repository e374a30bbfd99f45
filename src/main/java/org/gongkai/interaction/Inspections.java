package org.gongkai.interaction;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections and rectification (督查整改): a SUPERVISOR records what its quarterly or ad hoc inspections found in
 * the agencies below it, and signs each fix off (销号) or returns it; an agency's LEADER does the same for its own
 * self-inspection; the agency's disclosure office reports each fix with its evidence (a description and links to
 * the pages or files).
 */
@Service
public class Inspections {

	private final InteractionRecords records;

	Inspections(InteractionRecords records) {
		this.records = records;
	}

	@Transactional
	public FindingView record(Staff actor, NewFinding finding) {
		if (finding.source() == null) {
			throw DomainException.invalid("source", "validation.required");
		}
		AgencyInfo agency = records.readable(actor, finding.agencyCode() == null ? "" : finding.agencyCode());
		requireInspector(actor, agency, finding.source());
		check(finding, records.today());
		Finding recorded = Finding.recorded(agency.id().value(), actor.agencyId().value(), actor.username(),
				finding);
		Finding saved = records.save(recorded, agency, actor.username(), "FINDING_RECORDED", recorded.source
				+ ", deadline=" + recorded.deadline + ", responsible=" + recorded.responsiblePerson);
		return view(actor, saved, agency, records.today());
	}

	/**
	 * A step of the rectification: the agency's disclosure office (or its EDITOR) reports the fix; the inspector
	 * signs it off (销号) or returns it.
	 */
	@Transactional
	public void handle(Staff actor, long id, FindingCommand command) {
		InteractionRecords.Held<Finding> held = records.finding(actor, id);
		Finding finding = held.item();
		AgencyInfo agency = held.agency();
		if (!may(actor, agency, finding.source, command.action())) {
			throw DomainException.notPermitted(command.action() == FindingAction.REPORT_FIX
					? "interaction.handlerOnly" : inspectorOnly(finding.source));
		}
		finding.apply(command, records.today(), actor.username());
		switch (command.action()) {
			case REPORT_FIX -> records.save(finding, agency, actor.username(), "FINDING_FIX_REPORTED",
					"links=" + finding.links().size());
			case SIGN_OFF -> records.save(finding, agency, actor.username(), "FINDING_CLOSED",
					"closedOn=" + finding.closedOn + ", overdue=" + finding.overdueOn(finding.closedOn));
			case RETURN_FIX -> records.save(finding, agency, actor.username(), "FINDING_RETURNED",
					"reason=" + finding.returnedReason);
		}
	}

	/** The findings of the agencies the caller may read, earliest deadline first. */
	public List<FindingView> list(Staff staff) {
		LocalDate today = records.today();
		AgencyScope agencies = records.readableAgencies(staff);
		return records.findings(agencies)
			.stream()
			.map(f -> view(staff, f, agencies.get(f.agencyId), today))
			.toList();
	}

	public FindingView find(Staff staff, long id) {
		InteractionRecords.Held<Finding> held = records.finding(staff, id);
		return view(staff, held.item(), held.agency(), records.today());
	}

	/**
	 * Who records and signs off: for an inspection by the supervising office, a SUPERVISOR (or ADMIN) of an agency
	 * above the inspected one; for a self-inspection, the agency's own LEADER.
	 */
	public static boolean mayInspect(Staff staff, AgencyInfo agency, FindingSource source) {
		if (source.bySupervisor()) {
			boolean above = staff.canRead(agency) && !agency.id().equals(staff.agencyId());
			return above && (staff.has(Role.SUPERVISOR) || staff.has(Role.ADMIN));
		}
		return staff.canActFor(agency, Role.LEADER);
	}

	private static void requireInspector(Staff staff, AgencyInfo agency, FindingSource source) {
		if (!mayInspect(staff, agency, source)) {
			throw DomainException.notPermitted(inspectorOnly(source));
		}
	}

	private static String inspectorOnly(FindingSource source) {
		return source.bySupervisor() ? "interaction.finding.supervisorOnly" : "interaction.leaderOnly";
	}

	/** Whether the caller may take a step: the fix is the agency's office's or editor's, the rest the inspector's. */
	private static boolean may(Staff staff, AgencyInfo agency, FindingSource source, FindingAction action) {
		return action == FindingAction.REPORT_FIX
				? InteractionRoles.handles(staff, agency) || staff.canActFor(agency, Role.EDITOR)
				: mayInspect(staff, agency, source);
	}

	/** The finding with what the caller may do with it now: the table's steps the caller may take. */
	static FindingView view(Staff staff, Finding finding, AgencyInfo agency, LocalDate today) {
		Set<FindingAction> allowed = EnumSet.noneOf(FindingAction.class);
		Finding.TABLE.allowed(finding.status)
			.stream()
			.filter(action -> may(staff, agency, finding.source, action))
			.forEach(allowed::add);
		return FindingView.of(finding, agency, today, allowed);
	}

	private static void check(NewFinding f, LocalDate today) {
		InvalidInput.Violations v = new InvalidInput.Violations();
		v.require("problem", f.problem());
		v.require("requiredFix", f.requiredFix());
		v.require("responsiblePerson", f.responsiblePerson());
		if (f.foundOn() == null) {
			v.add("foundOn", "validation.required");
		}
		else if (f.foundOn().isAfter(today)) {
			v.add("foundOn", "interaction.future", f.foundOn());
		}
		if (f.deadline() == null) {
			v.add("deadline", "validation.required");
		}
		else if (f.foundOn() != null && f.deadline().isBefore(f.foundOn())) {
			v.add("deadline", "interaction.beforeStart", f.foundOn());
		}
		v.throwIfAny();
	}

}
