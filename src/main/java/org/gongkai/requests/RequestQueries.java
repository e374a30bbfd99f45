package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read models of applications: one application, the worklist, the public status, the same applicant's others. */
@Service
public class RequestQueries {

	private final RequestRecords records;

	private final RequestTimeline timeline;

	private final RequestDocuments documents;

	private final RequestLedger ledger;

	private final JdbcClient jdbc;

	RequestQueries(RequestRecords records, RequestTimeline timeline, RequestDocuments documents, RequestLedger ledger,
			JdbcClient jdbc) {
		this.ledger = ledger;
		this.records = records;
		this.timeline = timeline;
		this.documents = documents;
		this.jdbc = jdbc;
	}

	/** One application the staff member may read; any other is "not found". */
	public RequestView find(Staff staff, long id) {
		DisclosureRequest request = records.load(id);
		return records.view(request, records.agencyFor(staff, request), staff);
	}

	public List<RequestEvent> timeline(Staff staff, long id) {
		find(staff, id);
		return timeline.of(id);
	}

	/** An internal note on an application. */
	public record Note(String author, String body, java.time.Instant writtenAt) {
	}

	public List<Note> notes(Staff staff, long id) {
		find(staff, id);
		return jdbc.sql("select author, body, written_at from request_note where request_id = :id order by id")
			.param("id", id)
			.query((rs, row) -> new Note(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	public List<RequestDocument> documents(Staff staff, long id) {
		find(staff, id);
		return documents.of(id);
	}

	public DocumentFile file(Staff staff, long id, long documentId) {
		find(staff, id);
		return file(id, documentId, d -> true);
	}

	/**
	 * The letters the applicant may download from the status page, and the information provided once it is provided:
	 * with the reply (OGI art. 36), not while the office is still preparing it.
	 */
	public List<RequestDocument> publicDocuments(PublicStatus status) {
		return documents.of(status.id()).stream().filter(d -> forApplicant(d, status.status())).toList();
	}

	public DocumentFile publicFile(PublicStatus status, long documentId) {
		return file(status.id(), documentId, d -> forApplicant(d, status.status()));
	}

	private static boolean forApplicant(RequestDocument document, RequestStatus status) {
		return document.forApplicant() && (!"PROVIDED".equals(document.kind()) || status == RequestStatus.CLOSED);
	}

	private DocumentFile file(long id, long documentId, java.util.function.Predicate<RequestDocument> shown) {
		RequestDocument document = documents.of(id)
			.stream()
			.filter(d -> d.id() == documentId && shown.test(d))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("requests.document.notFound", documentId));
		return new DocumentFile(document.fileName(), document.contentType(),
				documents.content(id, documentId).orElseThrow());
	}

	/** A line of the worklist; {@code provisional}: a date shown was counted over a year without a notice. */
	public record WorkItem(long id, String trackingNumber, String agencyName, RequestStatus status,
			String applicantName, String description, LocalDate receivedOn, LocalDate dueOn, LocalDate pendingDueOn,
			boolean dueSoon, boolean overdue, boolean provisional, String assignedTo, LocalDate submittedOn) {
	}

	/**
	 * What the worklist shows: open ones, or only due soon, overdue, closed, or open ones with a date counted over a
	 * year whose holiday notice is not entered yet.
	 */
	public enum Filter {

		OPEN, DUE_SOON, OVERDUE, CLOSED, PROVISIONAL, ALL

	}

	/** An application with a date counted over a year whose holiday notice is not entered yet. */
	private static final String PROVISIONAL_SQL = "greatest(r.due_on, r.clarification_due_on, r.consultation_due_on,"
			+ " r.fee_due_on) >= :provisionalFrom";

	/** The condition of a preset of the worklist, to follow a {@code where}; it reads an application as {@code r}. */
	static String presetSql(Filter filter) {
		return switch (filter) {
			case OPEN -> " and " + Deadline.Bounds.OPEN_SQL;
			case DUE_SOON -> " and " + Deadline.Bounds.DUE_SOON_SQL;
			case OVERDUE -> " and " + Deadline.Bounds.OVERDUE_SQL;
			case CLOSED -> " and r.status = 'CLOSED'";
			case PROVISIONAL -> " and " + Deadline.Bounds.OPEN_SQL + " and " + PROVISIONAL_SQL;
			case ALL -> "";
		};
	}

	/**
	 * Open, due-soon and overdue counts per agency, for the dashboard, and how many open ones have a date counted over
	 * a year whose holiday notice is not entered yet.
	 */
	public record AgencyCounts(String agencyCode, String agencyName, long open, long dueSoon, long overdue,
			long provisional) {
	}

	/** The counts of each agency the staff member may read that has applications, tree-ordered. */
	public List<AgencyCounts> countsByAgency(Staff staff) {
		AgencyScope agencies = records.scope(staff);
		record Row(long agencyId, AgencyCounts counts) {
		}
		List<Row> rows = Deadline.on(records.today(), records.calendar()).bind(jdbc.sql("""
				select r.agency_id,
				       count(*) filter (where %s) as open,
				       count(*) filter (where %s) as due_soon,
				       count(*) filter (where %s) as overdue,
				       count(*) filter (where %s and %s) as provisional
				from disclosure_request r
				where r.agency_id in (:agencies) group by r.agency_id""".formatted(Deadline.Bounds.OPEN_SQL,
				Deadline.Bounds.DUE_SOON_SQL, Deadline.Bounds.OVERDUE_SQL, Deadline.Bounds.OPEN_SQL,
				PROVISIONAL_SQL)))
			.param("agencies", agencies.ids())
			.param("provisionalFrom", records.calendar().provisionalFrom())
			.query((rs, row) -> {
				AgencyInfo agency = agencies.get(rs.getLong("agency_id"));
				return new Row(agency.id().value(), new AgencyCounts(agency.code(), agency.name(), rs.getLong("open"),
						rs.getLong("due_soon"), rs.getLong("overdue"), rs.getLong("provisional")));
			})
			.list();
		return agencies.inTreeOrder(rows, Row::agencyId).stream().map(Row::counts).toList();
	}

	/** An extension an officer asked for that waits for the head of the office (OGI art. 33 ¶2). */
	public record ExtensionAwaiting(long requestId, String trackingNumber, String agencyName, String applicantName,
			String description, LocalDate dueOn, LocalDate requestedOn, int workingDays, String reason,
			String requestedBy) {
	}

	/**
	 * The extensions waiting for this staff member's decision: those asked for in the agencies where they are the
	 * head of the office (LEADER), oldest request first; empty for anyone else.
	 */
	public List<ExtensionAwaiting> extensionsAwaiting(Staff staff) {
		AgencyScope agencies = records.scope(staff);
		List<Long> led = agencies.agencies()
			.stream()
			.filter(agency -> staff.canActFor(agency, org.gongkai.identity.Role.LEADER))
			.map(agency -> agency.id().value())
			.toList();
		if (led.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select r.id, r.tracking_number, r.agency_id, r.applicant_name, r.description, r.due_on,
				       r.extension_requested_on, r.extension_requested_days, r.extension_requested_reason,
				       r.extension_requested_by
				from disclosure_request r
				where r.agency_id in (:agencies) and r.status <> 'CLOSED' and r.extension_requested_on is not null
				  and r.extension_approved_on is null
				order by r.extension_requested_on, r.id limit 200""")
			.param("agencies", led)
			.query((rs, row) -> new ExtensionAwaiting(rs.getLong("id"), rs.getString("tracking_number"),
					agencies.get(rs.getLong("agency_id")).name(), rs.getString("applicant_name"),
					rs.getString("description"), rs.getObject("due_on", LocalDate.class),
					rs.getObject("extension_requested_on", LocalDate.class), rs.getInt("extension_requested_days"),
					rs.getString("extension_requested_reason"), rs.getString("extension_requested_by")))
			.list();
	}

	/** An open application whose dates the calendar moved, and the timeline's sentence saying how. */
	public record Recounted(long requestId, String trackingNumber, String details) {
	}

	/** How long the worklist tells officers of dates the calendar moved. */
	static final int RECOUNT_NOTICE_DAYS = 14;

	/** The open applications of the staff member's agencies whose dates the calendar moved in the last two weeks. */
	public List<Recounted> recentlyRecounted(Staff staff) {
		return jdbc.sql("""
				select r.id, r.tracking_number, e.details from request_event e
				join disclosure_request r on r.id = e.request_id
				where e.action = 'DATES_RECOUNTED' and e.on_date > :since and %s and r.agency_id in (:agencies)
				order by e.id desc limit 100""".formatted(Deadline.Bounds.OPEN_SQL))
			.param("since", records.today().minusDays(RECOUNT_NOTICE_DAYS))
			.param("agencies", records.scope(staff).ids())
			.query((rs, row) -> new Recounted(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/**
	 * The same applicant's other applications (OGI art. 35: numbers and frequency; 国办函〔2020〕109号: the monthly
	 * count), newest first.
	 */
	public List<WorkItem> sameApplicant(Staff staff, long id) {
		find(staff, id);
		List<Long> ids = jdbc.sql("""
				select o.id from disclosure_request o join disclosure_request r on r.applicant_key = o.applicant_key
				where r.id = :id and o.id <> :id order by o.id desc limit 50""")
			.param("id", id)
			.query(Long.class)
			.list();
		return inOrder(ledger.items(staff, ids), ids);
	}

	/**
	 * Applications to the same agency in the year before this one whose description is much alike (possible
	 * duplicates, OGI art. 36 (六)), most alike first.
	 */
	public List<WorkItem> similar(Staff staff, long id) {
		RequestView request = find(staff, id);
		List<Long> ids = jdbc.sql("""
				select o.id, o.description from disclosure_request o join disclosure_request r on r.agency_id = o.agency_id
				where r.id = :id and o.id <> :id and o.submitted_at > r.submitted_at - interval '1 year'
				order by o.id desc limit 2000""")
			.param("id", id)
			.query((rs, row) -> new Object[] { rs.getLong(1),
					DescriptionSimilarity.of(request.description(), rs.getString(2)) })
			.list()
			.stream()
			.filter(pair -> (double) pair[1] >= DescriptionSimilarity.SIMILAR)
			.sorted((x, y) -> Double.compare((double) y[1], (double) x[1]))
			.limit(10)
			.map(pair -> (Long) pair[0])
			.toList();
		return inOrder(ledger.items(staff, ids), ids);
	}

	private static List<WorkItem> inOrder(List<WorkItem> items, List<Long> ids) {
		return items.stream().sorted(java.util.Comparator.comparingInt(item -> ids.indexOf(item.id()))).toList();
	}

	/** The public status page: only with the tracking number and the secret query code. */
	public Optional<PublicStatus> publicStatus(String trackingNumber, String queryCode) {
		if (trackingNumber == null || queryCode == null || queryCode.isBlank()) {
			return Optional.empty();
		}
		return records.findByTrackingNumber(trackingNumber.strip().toUpperCase(java.util.Locale.ROOT))
			.filter(request -> RequestIntake.hash(queryCode).equals(request.queryCodeHash))
			.map(request -> {
				Provisional provisional = Provisional.of(request, records.calendar());
				return new PublicStatus(request.id, request.trackingNumber, records.agencyOf(request).name(),
						request.status, request.submittedAt, request.receivedOn, request.dueOn, provisional.dueOn(),
						request.clarificationItems, request.clarificationDueOn, request.feeAmountYuan, request.feeDueOn,
						provisional.pendingDueOn(), provisional.year(), request.outcome, request.closedOn,
						request.description, request.clarifiedOn, request.clarifiedContent);
			});
	}

	/** Which of an application's dates were counted over a year without an entered holiday notice, and which year. */
	record Provisional(boolean dueOn, boolean pendingDueOn, Integer year) {

		static Provisional of(DisclosureRequest r, WorkingDayCalendar calendar) {
			LocalDate from = r.receivedOn == null ? r.lastActionOn : r.receivedOn;
			var dueYear = calendar.provisionalYear(from, r.dueOn);
			var pendingYear = calendar.provisionalYear(from, r.pendingDueOn());
			return new Provisional(dueYear.isPresent(), pendingYear.isPresent(),
					dueYear.or(() -> pendingYear).orElse(null));
		}

	}

	static RequestView view(DisclosureRequest r, AgencyInfo agency, PersonalData personalData, LocalDate today,
			WorkingDayCalendar calendar, java.util.Set<RequestAction> allowedActions,
			List<RequestView.Assignee> assignees) {
		Applicant a = r.applicant;
		Provisional provisional = Provisional.of(r, calendar);
		return new RequestView(r.id, r.trackingNumber, agency.code(), agency.name(), r.status, r.channel, r.receivedOn,
				r.dueOn, provisional.dueOn(), r.pendingDueOn(), provisional.pendingDueOn(), provisional.year(),
				Deadline.on(today, calendar).overdue(r.status.isOpen(), r.dueOn),
				r.outcome, r.closedOn, a.type(), a.name(), PersonalData.mask(personalData.open(a.idNumber())),
				PersonalData.mask(personalData.open(a.phone())), a.email(), a.address(), a.creditCode(),
				a.legalRepresentative(), r.description, r.documentNumber, r.deliveryMethod, r.paperCopy,
				r.clarificationItems, r.clarificationDueOn, r.consultedParty, r.feeAmountYuan, r.feeNoticeOn,
				r.feePaidOn, r.extensionDays, r.extensionReason, r.assignedTo, allowedActions, r.submittedAt,
				r.clockStartedOn != null, r.clarifiedContent, r.clarifiedOn,
				r.extensionPending() ? new RequestView.ExtensionRequest(r.extensionRequestedOn,
						r.extensionRequestedDays, r.extensionRequestedReason, r.extensionRequestedBy) : null,
				r.extensionApprovedOn, r.extensionApprovedBy, r.onPaper(), r.replyReason, r.replyReference,
				r.replyPaperNote, List.copyOf(r.withheld), r.status.isOpen(), assignees);
	}

}
