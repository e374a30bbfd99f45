package org.gongkai.requests;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
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

	private final DisclosureRequestRepository requests;

	private final AgencyDirectory agencies;

	private final RequestTimeline timeline;

	private final PersonalData personalData;

	private final WorkingDayCalendar calendar;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final RequestDocuments documents;

	private final Clock clock;

	RequestHandling(DisclosureRequestRepository requests, AgencyDirectory agencies, RequestTimeline timeline,
			PersonalData personalData, WorkingDayCalendar calendar, ApplicationEventPublisher events, JdbcClient jdbc,
			RequestDocuments documents, Clock clock) {
		this.documents = documents;
		this.requests = requests;
		this.agencies = agencies;
		this.timeline = timeline;
		this.personalData = personalData;
		this.calendar = calendar;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public RequestView act(Staff actor, long requestId, ActionCommand command) {
		DisclosureRequest request = load(requestId);
		AgencyInfo agency = agencyOf(actor, request);
		Role needed = command.action() == RequestAction.EXTEND ? Role.LEADER : Role.OFFICER;
		if (!actor.canActFor(agency, needed) && !(needed == Role.OFFICER && actor.canActFor(agency, Role.LEADER))) {
			throw DomainException.notPermitted(
					needed == Role.LEADER ? "requests.extension.leaderOnly" : "requests.officerOnly");
		}
		return apply(request, agency, command, actor.username());
	}

	/** The daily scan closes applications whose clarification or payment period has run out. */
	@Transactional
	RequestView applyAsSystem(long requestId, ActionCommand command) {
		DisclosureRequest request = load(requestId);
		AgencyInfo agency = agencies.find(new org.gongkai.identity.AgencyId(request.agencyId)).orElseThrow();
		return apply(request, agency, command, "system");
	}

	private RequestView apply(DisclosureRequest request, AgencyInfo agency, ActionCommand given, String actor) {
		ActionCommand command = withMonthlyRank(request, given);
		RequestStatus from = request.status;
		LocalDate today = LocalDate.now(clock);
		request.apply(command, today, calendar);
		DisclosureRequest saved = requests.save(request);
		LocalDate on = saved.lastActionOn;
		timeline.append(saved.id, on, command.action().name(), from, saved.status, actor, details(command));
		Letters.after(command.action(), saved, agency.name()).ifPresent(letter -> documents.keepLetter(saved.id, letter));
		events.publishEvent(new RequestTransitioned(saved.id, saved.trackingNumber, agency.code(), command.action(),
				from, saved.status, on, saved.outcome, saved.dueOn, actor));
		return RequestQueries.view(saved, agency, personalData, today);
	}

	/**
	 * 国办函〔2020〕109号 art. 4 counts "同一申请人一个自然月内累计申请" the applications: when a per-application fee
	 * is asked without a rank, the rank is this application's place among the same applicant's of its month.
	 */
	private ActionCommand withMonthlyRank(DisclosureRequest request, ActionCommand command) {
		if (command.action() != RequestAction.SEND_FEE_NOTICE || command.feeSchedule() != FeeSchedule.PER_APPLICATION
				|| command.feeQuantity() != null || request.receivedOn == null) {
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
		return command.withFee(FeeSchedule.PER_APPLICATION, rank, command.amountYuan());
	}

	/** Gives the application to an officer of its agency. */
	@Transactional
	public void assign(Staff actor, long requestId, String username) {
		DisclosureRequest request = load(requestId);
		AgencyInfo agency = agencyOf(actor, request);
		if (!actor.canActFor(agency, Role.OFFICER) && !actor.canActFor(agency, Role.LEADER)) {
			throw DomainException.notPermitted("requests.officerOnly");
		}
		request.assignTo(username == null || username.isBlank() ? null : username.strip());
		requests.save(request);
		timeline.append(request.id, LocalDate.now(clock), "ASSIGNED", request.status, request.status,
				actor.username(), request.assignedTo);
	}

	/** An internal note, never shown to the applicant. */
	@Transactional
	public void addNote(Staff actor, long requestId, String body) {
		DisclosureRequest request = load(requestId);
		agencyOf(actor, request);
		if (body == null || body.isBlank()) {
			throw DomainException.invalid("body", "validation.required");
		}
		jdbc.sql("insert into request_note (request_id, author, body, written_at) values (:id, :author, :body, :at)")
			.param("id", requestId)
			.param("author", actor.username())
			.param("body", body.strip())
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	/** Keeps a file of the information provided with the application; the applicant downloads it on the status page. */
	@Transactional
	public void attach(Staff actor, long requestId, Upload upload) {
		DisclosureRequest request = load(requestId);
		AgencyInfo agency = agencyOf(actor, request);
		if (!actor.canActFor(agency, Role.OFFICER) && !actor.canActFor(agency, Role.LEADER)) {
			throw DomainException.notPermitted("requests.officerOnly");
		}
		documents.store(requestId, "PROVIDED", upload.safeName(), upload.sniffedContentType(), upload.bytes(), true);
		timeline.append(requestId, LocalDate.now(clock), "ATTACHED", request.status, request.status, actor.username(),
				upload.safeName());
	}

	/** Recomputes the stored due dates of open applications after the calendar changed. */
	@Transactional
	public int recomputeDueDates() {
		int changed = 0;
		for (Long id : jdbc.sql("select id from disclosure_request where status <> 'CLOSED' and clock_started_on is not null")
			.query(Long.class)
			.list()) {
			DisclosureRequest request = load(id);
			LocalDate before = request.dueOn;
			request.recompute(calendar);
			if (!java.util.Objects.equals(before, request.dueOn)) {
				requests.save(request);
				changed++;
			}
		}
		return changed;
	}

	private DisclosureRequest load(long requestId) {
		return requests.findById(requestId)
			.orElseThrow(() -> DomainException.notFound("requests.notFound", requestId));
	}

	private AgencyInfo agencyOf(Staff actor, DisclosureRequest request) {
		return agencies.find(new org.gongkai.identity.AgencyId(request.agencyId))
			.filter(actor::canRead)
			.orElseThrow(() -> DomainException.notFound("requests.notFound", request.id));
	}

	private static String details(ActionCommand c) {
		StringBuilder text = new StringBuilder();
		if (c.outcome() != null) {
			text.append("outcome=").append(c.outcome()).append(' ');
		}
		if (c.workingDays() != null) {
			text.append("workingDays=").append(c.workingDays()).append(' ');
		}
		if (c.party() != null) {
			text.append("party=").append(c.party()).append(' ');
		}
		if (c.amountYuan() != null) {
			text.append("amountYuan=").append(c.amountYuan()).append(' ');
		}
		if (c.reason() != null) {
			text.append(c.reason());
		}
		return text.toString().strip();
	}

}
