package org.gongkai.interaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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

	private static final Pattern LINK = Pattern.compile("(https?://|/)[^\\s<>\"]+");

	private final FindingRepository findings;

	private final Offices offices;

	Inspections(FindingRepository findings, Offices offices) {
		this.findings = findings;
		this.offices = offices;
	}

	@Transactional
	public FindingView record(Staff actor, NewFinding finding) {
		if (finding.source() == null) {
			throw DomainException.invalid("source", "validation.required");
		}
		AgencyInfo agency = offices.readable(actor, finding.agencyCode() == null ? "" : finding.agencyCode());
		requireInspector(actor, agency, finding.source());
		check(finding, offices.today());
		Finding saved = findings.save(Finding.recorded(agency.id().value(), actor.agencyId().value(),
				actor.username(), finding));
		offices.changed(actor, agency, "FINDING_RECORDED", "finding:" + saved.id,
				saved.source + ", deadline=" + saved.deadline + ", responsible=" + saved.responsiblePerson);
		return FindingView.of(saved, agency, offices.today());
	}

	/** The agency reports the fix: what was done, and links to the corrected pages or files. */
	@Transactional
	public void reportFix(Staff actor, long id, String evidence, String links) {
		Finding finding = load(actor, id);
		AgencyInfo agency = offices.byId(finding.agencyId);
		if (!Offices.handles(actor, agency) && !actor.canActFor(agency, Role.EDITOR)) {
			throw DomainException.notPermitted("interaction.handlerOnly");
		}
		finding.reportFix(offices.today(), evidence, links(links));
		findings.save(finding);
		offices.changed(actor, agency, "FINDING_FIX_REPORTED", "finding:" + id, "links=" + finding.links().size());
	}

	/** 销号: the inspector accepts the fix. */
	@Transactional
	public void signOff(Staff actor, long id) {
		Finding finding = load(actor, id);
		AgencyInfo agency = offices.byId(finding.agencyId);
		requireInspector(actor, agency, finding.source);
		finding.signOff(offices.today(), actor.username());
		findings.save(finding);
		offices.changed(actor, agency, "FINDING_CLOSED", "finding:" + id,
				"closedOn=" + finding.closedOn + ", overdue=" + finding.overdueOn(finding.closedOn));
	}

	/** The inspector does not accept the fix; the finding is open again, with the reason. */
	@Transactional
	public void returnFix(Staff actor, long id, String reason) {
		Finding finding = load(actor, id);
		AgencyInfo agency = offices.byId(finding.agencyId);
		requireInspector(actor, agency, finding.source);
		finding.returnFix(reason);
		findings.save(finding);
		offices.changed(actor, agency, "FINDING_RETURNED", "finding:" + id, "reason=" + finding.returnedReason);
	}

	/** The findings of the agencies the caller may read, earliest deadline first. */
	public List<FindingView> list(Staff staff) {
		LocalDate today = offices.today();
		AgencyScope agencies = offices.readableAgencies(staff);
		return findings.findByAgencyIdInOrderByDeadline(agencies.ids())
			.stream()
			.map(f -> FindingView.of(f, agencies.get(f.agencyId), today))
			.toList();
	}

	public FindingView find(Staff staff, long id) {
		Finding finding = load(staff, id);
		return FindingView.of(finding, offices.byId(finding.agencyId), offices.today());
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
			throw DomainException.notPermitted(
					source.bySupervisor() ? "interaction.finding.supervisorOnly" : "interaction.leaderOnly");
		}
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

	private static List<String> links(String typed) {
		List<String> links = new ArrayList<>();
		if (typed == null) {
			return links;
		}
		for (String line : typed.split("\\s+")) {
			if (line.isBlank()) {
				continue;
			}
			if (!LINK.matcher(line).matches() || line.startsWith("//")) {
				throw DomainException.invalid("links", "interaction.finding.link", line);
			}
			links.add(line);
		}
		return links;
	}

	private Finding load(Staff staff, long id) {
		Finding finding = findings.findById(id)
			.orElseThrow(() -> DomainException.notFound("interaction.finding.notFound", id));
		offices.readable(staff, finding.agencyId, "interaction.finding.notFound", id);
		return finding;
	}

}
