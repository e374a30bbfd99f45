package org.gongkai.requests;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.calendar.CalendarChanged;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves applications through the workflow for the disclosure officers of their agency; an extension needs the
 * head of the office, a LEADER (OGI art. 33 ¶2: "应当经政府信息公开工作机构负责人同意").
 */
@Service
public class RequestHandling {

	private final RequestRecords records;

	private final RequestDocuments documents;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final RequestLetterSettings letterSettings;

	RequestHandling(RequestRecords records, RequestDocuments documents, JdbcClient jdbc,
			ApplicationEventPublisher events, RequestLetterSettings letterSettings) {
		this.records = records;
		this.documents = documents;
		this.jdbc = jdbc;
		this.events = events;
		this.letterSettings = letterSettings;
	}

	@Transactional
	public RequestView act(Staff actor, long requestId, RequestCommand command) {
		DisclosureRequest request = records.load(requestId);
		AgencyInfo agency = records.agencyFor(actor, request);
		if (!RequestRoles.may(actor, agency, command.action())) {
			throw DomainException.notPermitted(RequestRoles.leadersOnly(command.action())
					? "requests.extension.leaderOnly" : "requests.officerOnly");
		}
		return records.view(apply(request, agency, command, actor.username()), agency, actor);
	}

	/**
	 * The letter the action would produce, for the officer to read before confirming: the action is checked as
	 * {@link #act} checks it, on a copy that is never saved.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Letter> preview(Staff actor, long requestId, RequestCommand command) {
		DisclosureRequest request = records.load(requestId);
		AgencyInfo agency = records.agencyFor(actor, request);
		if (!RequestRoles.may(actor, agency, command.action())) {
			throw DomainException.notPermitted(RequestRoles.leadersOnly(command.action())
					? "requests.extension.leaderOnly" : "requests.officerOnly");
		}
		RequestCommand prepared = prepared(request, command);
		request.apply(prepared, records.today(), records.calendar(), actor.username());
		return Letters.after(prepared.action(), request, agency.name(), null, letterSettings.current(agency));
	}

	/** The daily scan closes applications whose clarification or payment period has run out. */
	@Transactional
	void applyAsSystem(long requestId, RequestCommand command) {
		applyAs("system", requestId, command);
	}

	/** A step taken by the platform ({@code system}) or by the applicant online ({@code public}). */
	@Transactional
	void applyAs(String actor, long requestId, RequestCommand command) {
		DisclosureRequest request = records.load(requestId);
		apply(request, records.agencyOf(request), command, actor);
	}

	private DisclosureRequest apply(DisclosureRequest request, AgencyInfo agency, RequestCommand given,
			String actor) {
		RequestCommand command = prepared(request, given);
		RequestStatus from = request.status;
		request.apply(command, records.today(), records.calendar(), actor);
		if (command.action() == RequestAction.CONFIRM_RECEIPT && request.assignedTo == null && !"system".equals(actor)) {
			request.assignTo(actor);
		}
		DisclosureRequest saved = records.record(request, agency, command.action(), from, request.lastActionOn, actor,
				command.details());
		Integer provisionalYear = RequestQueries.Provisional.of(saved, records.calendar()).year();
		Letters.after(command.action(), saved, agency.name(), provisionalYear, letterSettings.current(agency))
			.ifPresent(letter -> documents.keepLetter(saved.id, letter));
		return saved;
	}

	/** The command with what the application knows: a fee's monthly rank, the files provided with a reply. */
	private RequestCommand prepared(DisclosureRequest request, RequestCommand given) {
		if (given instanceof RequestCommand.SendFeeNotice fee) {
			return withMonthlyRank(request, fee);
		}
		if (given instanceof RequestCommand.Reply reply && request.id != null) {
			return reply.withFiles(documents.providedCount(request.id));
		}
		return given;
	}

	/**
	 * 国办函〔2020〕109号 art. 4 counts "同一申请人一个自然月内累计申请" the applications: when a per-application fee
	 * is asked without a rank, the rank is this application's place among the same applicant's of its month.
	 */
	private RequestCommand.SendFeeNotice withMonthlyRank(DisclosureRequest request,
			RequestCommand.SendFeeNotice command) {
		if (command.schedule() != FeeSchedule.PER_APPLICATION || command.quantity() != null
				|| request.receivedOn == null) {
			return command;
		}
		LocalDate month = request.receivedOn.withDayOfMonth(1);
		int rank = jdbc.sql("""
				select count(*) from disclosure_request where applicant_key = :key and received_on >= :first
				and received_on < :next and (received_on < :received or received_on = :received and id <= :id)""")
			.param("key", request.applicantKey)
			.param("first", month)
			.param("next", month.plusMonths(1))
			.param("received", request.receivedOn)
			.param("id", request.id)
			.query(Integer.class)
			.single();
		return command.ranked(rank);
	}

	/**
	 * Gives the application to a staff member of its agency who handles applications (a disclosure officer or the
	 * head of the office), or, blank, to nobody; anyone else is refused (400). Answers the application as the actor
	 * now sees it.
	 */
	@Transactional
	public RequestView assign(Staff actor, long requestId, String username) {
		DisclosureRequest request = records.handledBy(actor, requestId);
		AgencyInfo agency = records.agencyFor(actor, request);
		request.assignTo(records.assignee(agency, username));
		records.save(request);
		records.note(request, "ASSIGNED", actor.username(), request.assignedTo);
		annotated(request, "REQUEST_ASSIGNED",
				"assignedTo=" + (request.assignedTo == null ? "" : request.assignedTo), actor);
		return records.view(request, agency, actor);
	}

	/** Keeps a file of the information provided with the application; the applicant downloads it on the status page. */
	@Transactional
	public void attach(Staff actor, long requestId, Upload upload) {
		attach(actor, requestId, upload, false);
	}

	/**
	 * Keeps a file with the application: the information provided (the applicant downloads it on the status page),
	 * or, {@code clarification}, material the applicant sent with a clarification (OGI art. 30), kept for the record
	 * and not counted as information provided.
	 */
	@Transactional
	public void attach(Staff actor, long requestId, Upload upload, boolean clarification) {
		DisclosureRequest request = records.handledBy(actor, requestId);
		if (!request.status.isOpen()) {
			// what is provided goes with the reply (OGI art. 36); after it, the application is closed
			throw DomainException.conflict("file", "requests.attach.closed");
		}
		documents.store(requestId, clarification ? "CLARIFICATION" : "PROVIDED", upload.safeName(),
				upload.sniffedContentType(), upload.bytes(), !clarification);
		records.note(request, clarification ? "CLARIFICATION_ATTACHED" : "ATTACHED", actor.username(),
				upload.safeName());
		annotated(request, "REQUEST_FILE_ATTACHED", "file=" + upload.safeName() + ", bytes=" + upload.bytes().length
				+ (clarification ? ", clarification" : ""), actor);
	}

	/** An internal note, never shown to the applicant. */
	@Transactional
	public void addNote(Staff actor, long requestId, String body) {
		DisclosureRequest request = records.handledBy(actor, requestId);
		if (body == null || body.isBlank()) {
			throw DomainException.invalid("body", "validation.required");
		}
		jdbc.sql("insert into request_note (request_id, author, body, written_at) values (:id, :author, :body, :at)")
			.param("id", requestId)
			.param("author", actor.username())
			.param("body", body.strip())
			.param("at", Timestamp.from(records.now()))
			.update();
		annotated(request, "REQUEST_NOTE_ADDED", "characters=" + body.strip().length(), actor);
	}

	private void annotated(DisclosureRequest request, String action, String summary, Staff actor) {
		events.publishEvent(new RequestAnnotated(request.id, request.trackingNumber, records.agencyOf(request).code(),
				action, summary, actor.username()));
	}

	/**
	 * Counts the dates of every open application again after a year of the calendar changed; where a date moved, the
	 * timeline says why and from what to what ("因 2027 年节假日安排录入，答复期限由 … 调整为 …"), and the audit log
	 * records it.
	 *
	 * @return how many applications had a date moved
	 */
	@Transactional
	public int recountDates(CalendarChanged change) {
		int changed = 0;
		for (Long id : jdbc.sql("select id from disclosure_request where status <> 'CLOSED'").query(Long.class).list()) {
			DisclosureRequest request = records.load(id);
			List<LocalDate> before = request.dates();
			if (request.recount(records.calendar())) {
				records.save(request);
				String details = DateMoves.describe(change, before, request.dates());
				records.note(request, "DATES_RECOUNTED", "system", details);
				events.publishEvent(new DatesRecounted(request.id, request.trackingNumber,
						records.agencyOf(request).code(), change.year(), details));
				changed++;
			}
		}
		return changed;
	}

}
