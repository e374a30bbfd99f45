package org.gongkai.annualreport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.DomainException;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.publishing.Draft;
import org.gongkai.publishing.Validity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report of an agency (OGI art. 49–50): the draft computed from the records with its narrative and
 * checks; editing the narrative; publishing, which refuses a report whose error checks fail, freezes a snapshot,
 * keeps an earlier version as superseded and files the report in the agency's 政府信息公开年报 column.
 */
@Service
public class AnnualReports {

	static final String COLUMN = "annual-reports";

	private final AgencyDirectory agencies;

	private final ReportComputation computation;

	private final ReportStore store;

	private final DocumentDesk desk;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AnnualReports(AgencyDirectory agencies, ReportComputation computation, ReportStore store, DocumentDesk desk,
			ApplicationEventPublisher events, Clock clock) {
		this.agencies = agencies;
		this.computation = computation;
		this.store = store;
		this.desk = desk;
		this.events = events;
		this.clock = clock;
	}

	/** The draft: today's numbers, the saved narrative (or the template's), checks as if published today. */
	public AnnualReport draft(Staff staff, String agencyCode, int year) {
		return draft(agencies.readable(staff, agencyCode), year, null);
	}

	/** The draft with an unsaved narrative, for the live preview while editing. */
	public AnnualReport preview(Staff staff, String agencyCode, int year, Narrative narrative) {
		return draft(agencies.readable(staff, agencyCode), year, narrative);
	}

	@Transactional
	public void saveNarrative(Staff staff, String agencyCode, int year, Narrative narrative) {
		AgencyInfo agency = writable(staff, agencyCode);
		store.move(agency.id(), year, ReportAction.SAVE, null, clock.instant());
		store.saveNarrative(agency.id(), year, narrative, staff.username(), clock.instant());
		events.publishEvent(new NarrativeSaved(agency.code(), year, staff.username()));
	}

	/**
	 * The draft as it would be published now, for the step that asks to confirm publishing: refused, as publishing
	 * is, to whoever may not publish it.
	 */
	public AnnualReport toPublish(Staff staff, String agencyCode, int year) {
		return draft(writable(staff, agencyCode), year, null);
	}

	/** Publishes the draft as the next version; refused while an error check fails. */
	@Transactional
	public AnnualReport publish(Staff staff, String agencyCode, int year) {
		AgencyInfo agency = writable(staff, agencyCode);
		AnnualReport draft = draft(agency, year, null);
		if (draft.blocked()) {
			throw DomainException.conflict("checks", "annualreport.publish.blocked");
		}
		store.move(agency.id(), year, ReportAction.PUBLISH, null, clock.instant());
		int version = store.publish(agency.id(), draft, staff.username(), clock.instant());
		String title = draft.title() + (version > 1 ? "（更正版，第" + version + "版）" : "");
		long document = desk.fileApproved(agency.id(),
				new Draft(COLUMN, title, ReportHtml.body(draft), title, "年度报告,政府信息公开", "报告", null, null,
						LocalDate.now(clock.withZone(Beijing.ZONE)), LocalDate.now(clock.withZone(Beijing.ZONE)),
						Validity.VALID),
				staff.username());
		store.fileDocument(agency.id(), year, version, document);
		int warnings = (int) draft.checks().stream().filter(check -> !check.ok()).count();
		events.publishEvent(new AnnualReportPublished(agency.code(), year, version, warnings, staff.username()));
		return published(agency.code(), year).orElseThrow();
	}

	/** The current published version, for anyone (the published report is public). */
	public Optional<AnnualReport> published(String agencyCode, int year) {
		return agencies.findByCode(agencyCode)
			.flatMap(agency -> store.current(agency.id(), year).map(version -> frozen(agency, year, version)));
	}

	/** A year's published report as the portal lists it: its current version and when that was published. */
	public record PublishedYear(int year, int version, Instant publishedAt) {
	}

	/** The agency and the published reports of each year, newest first, for the portal's list of reports. */
	public Map.Entry<AgencyInfo, List<PublishedYear>> publishedYears(String agencyCode) {
		AgencyInfo agency = agencies.findByCode(agencyCode)
			.orElseThrow(() -> DomainException.notFound("identity.agency.notFound", agencyCode));
		return Map.entry(agency, store.publishedYears(agency.id()));
	}

	/** Every published version, newest first; the earlier ones are superseded but stay visible. */
	public List<AnnualReport> versions(String agencyCode, int year) {
		AgencyInfo agency = agencies.findByCode(agencyCode)
			.orElseThrow(() -> DomainException.notFound("identity.agency.notFound", agencyCode));
		return store.versions(agency.id(), year).stream().map(version -> frozen(agency, year, version)).toList();
	}

	/** The published version if there is one, else the draft (annual-report.md §5: draft numbers until then). */
	public AnnualReport current(Staff staff, String agencyCode, int year) {
		AgencyInfo agency = agencies.readable(staff, agencyCode);
		return store.current(agency.id(), year)
			.map(version -> frozen(agency, year, version))
			.orElseGet(() -> draft(agency, year, null));
	}

	/** The JSON of annual-report.md §5. */
	public Map<String, Object> json(AnnualReport report) {
		return store.json(report);
	}

	AnnualReport draft(AgencyInfo agency, int year, Narrative edited) {
		ReportFigures figures = computation.figures(agency.id(), year);
		ReportChecks.Previous previous = store.current(agency.id(), year - 1)
			.map(v -> new ReportChecks.Previous(ReportJson.figures(v.snapshot()),
					Placeholders.fill(ReportJson.narrative(v.snapshot()),
							Placeholders.values(agency.name(), year - 1, ReportJson.figures(v.snapshot()),
									computation.fromApplications(agency.id(), year - 1)))))
			.orElse(null);
		// Last year's text is carried filled with last year's values: its {year} is last year, not this one.
		Narrative narrative = edited != null ? edited
				: store.narrative(agency.id(), year)
					.orElseGet(() -> NarrativeTemplate.initial(figures, previous != null ? previous.narrative() : null));
		Narrative filled = Placeholders.fill(narrative,
				Placeholders.values(agency.name(), year, figures, computation.fromApplications(agency.id(), year)));
		List<Check> checks = ReportChecks.run(setting(agency, year), figures, filled,
				LocalDate.now(clock.withZone(Beijing.ZONE)), previous);
		return new AnnualReport(agency.code(), agency.name(), year, AnnualReport.Status.DRAFT, 0, null, figures,
				narrative, filled, checks);
	}

	/** The agency's level and the fees of its peers: the agencies of the same level under the same parent. */
	private ReportChecks.Setting setting(AgencyInfo agency, int year) {
		Map<org.gongkai.identity.AgencyId, java.math.BigDecimal> fees = computation.administrativeFees(year);
		List<java.math.BigDecimal> peers = agencies.all()
			.stream()
			.filter(peer -> !peer.id().equals(agency.id()) && peer.level() == agency.level()
					&& java.util.Objects.equals(peer.parentCode(), agency.parentCode()))
			.map(peer -> fees.getOrDefault(peer.id(), java.math.BigDecimal.ZERO))
			.toList();
		return new ReportChecks.Setting(year, agency.level(), peers);
	}

	/** The last day to publish the agency's report on the year (OGI art. 49, {@link ReportDeadline}). */
	public LocalDate dueOn(String agencyCode, int year) {
		AgencyInfo agency = agencies.findByCode(agencyCode)
			.orElseThrow(() -> DomainException.notFound("identity.agency.notFound", agencyCode));
		return ReportDeadline.dueOn(agency.level(), year);
	}

	private AnnualReport frozen(AgencyInfo agency, int year, ReportStore.Version version) {
		ReportFigures figures = ReportJson.figures(version.snapshot());
		Narrative narrative = ReportJson.narrative(version.snapshot());
		return new AnnualReport(agency.code(), agency.name(), year,
				version.superseded() ? AnnualReport.Status.SUPERSEDED : AnnualReport.Status.PUBLISHED,
				version.version(), ReportJson.publishedAt(version.snapshot()), figures, narrative,
				Placeholders.fill(narrative,
						Placeholders.values(agency.name(), year, figures, computation.fromApplications(agency.id(), year))),
				ReportJson.checks(version.snapshot()));
	}

	/** Where the agency's report of the year stands ({@link ReportTransitions}). */
	public ReportState state(Staff staff, String agencyCode, int year) {
		return store.state(agencies.readable(staff, agencyCode).id(), year);
	}

	/** What the staff member may do with the agency's report of the year: by who they are and by its state. */
	public Set<ReportAction> allowedActions(Staff staff, String agencyCode, int year) {
		Set<ReportAction> actions = allowedActions(staff, agencyCode);
		actions.retainAll(ReportTransitions.TABLE.allowed(state(staff, agencyCode, year)));
		return actions;
	}

	/** What the staff member may do with the agency's report; the page offers these and nothing else. */
	public Set<ReportAction> allowedActions(Staff staff, String agencyCode) {
		AgencyInfo agency = agencies.readable(staff, agencyCode);
		Set<ReportAction> actions = EnumSet.noneOf(ReportAction.class);
		if (writes(staff, agency)) {
			actions.add(ReportAction.SAVE);
			actions.add(ReportAction.PUBLISH);
		}
		if (ReportComments.supervises(staff, agency)) {
			actions.add(ReportAction.SEND_BACK);
		}
		return actions;
	}

	/**
	 * The agency's own officer, leader or administrator, or an administrator above it; never a supervisor of it, who
	 * reads the report and sends it back but does not overwrite the agency's statutory document.
	 */
	private static boolean writes(Staff staff, AgencyInfo agency) {
		if (ReportComments.supervises(staff, agency)) {
			return false;
		}
		return staff.canActFor(agency, Role.OFFICER) || staff.canActFor(agency, Role.LEADER)
				|| staff.canActFor(agency, Role.ADMIN);
	}

	private AgencyInfo writable(Staff staff, String agencyCode) {
		AgencyInfo agency = agencies.readable(staff, agencyCode);
		if (!writes(staff, agency)) {
			throw DomainException.notPermitted("annualreport.officerOnly");
		}
		return agency;
	}

}
