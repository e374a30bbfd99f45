package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Where the use cases of this module load and store applications: the aggregate with its agency, and with every
 * change the line of the timeline and the domain event that the audit log records, in the same transaction.
 */
@Component
class RequestRecords {

	private final DisclosureRequestRepository requests;

	private final AgencyDirectory agencies;

	private final RequestTimeline timeline;

	private final PersonalData personalData;

	private final ApplicationEventPublisher events;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final Assignees assignees;

	RequestRecords(DisclosureRequestRepository requests, AgencyDirectory agencies, RequestTimeline timeline,
			PersonalData personalData, ApplicationEventPublisher events, WorkingDayCalendar calendar, Clock clock,
			Assignees assignees) {
		this.requests = requests;
		this.agencies = agencies;
		this.timeline = timeline;
		this.personalData = personalData;
		this.events = events;
		this.calendar = calendar;
		this.clock = clock;
		this.assignees = assignees;
	}

	DisclosureRequest load(long id) {
		return requests.findById(id).orElseThrow(() -> DomainException.notFound("requests.notFound", id));
	}

	java.util.Optional<DisclosureRequest> findByTrackingNumber(String trackingNumber) {
		return requests.findByTrackingNumber(trackingNumber);
	}

	/** The application's agency, when the staff member may read it; otherwise the application is "not found". */
	AgencyInfo agencyFor(Staff staff, DisclosureRequest request) {
		return agencies.find(new AgencyId(request.agencyId))
			.filter(staff::canRead)
			.orElseThrow(() -> DomainException.notFound("requests.notFound", request.id));
	}

	/**
	 * The application, when the staff member handles its agency's applications (its disclosure officers and the head
	 * of its office); one they may not read is "not found", one they only read is refused.
	 */
	DisclosureRequest handledBy(Staff staff, long id) {
		DisclosureRequest request = load(id);
		if (!RequestRoles.handles(staff, agencyFor(staff, request))) {
			throw DomainException.notPermitted("requests.officerOnly");
		}
		return request;
	}

	/** The agencies the staff member may read, which every list of applications is limited to. */
	AgencyScope scope(Staff staff) {
		return agencies.scopeOf(staff);
	}

	/** Every agency, for the daily scan, which acts for the whole platform. */
	AgencyScope everyAgency() {
		return agencies.wholeTree();
	}

	AgencyInfo agencyOf(DisclosureRequest request) {
		return agencies.find(new AgencyId(request.agencyId)).orElseThrow();
	}

	/**
	 * Saves the application, writes the timeline line and publishes the change.
	 *
	 * @param step the action, or null for a registration
	 */
	DisclosureRequest record(DisclosureRequest request, AgencyInfo agency, RequestAction step, RequestStatus from,
			LocalDate on, String actor, String details) {
		DisclosureRequest saved = requests.save(request);
		timeline.append(saved.id, on, step == null ? "REGISTERED" : step.name(), from, saved.status, actor, details);
		events.publishEvent(new RequestTransitioned(saved.id, saved.trackingNumber, agency.code(), step, from,
				saved.status, on, saved.outcome, saved.dueOn, actor));
		return saved;
	}

	/** Saves a change that is not a step of the workflow (an assignment, a recomputed due date). */
	DisclosureRequest save(DisclosureRequest request) {
		return requests.save(request);
	}

	void note(DisclosureRequest request, String action, String actor, String details) {
		timeline.append(request.id, today(), action, request.status, request.status, actor, details);
	}

	/**
	 * The application as this staff member sees it, with the actions they may take on it now and, when they handle
	 * it, whom they may give it to.
	 */
	RequestView view(DisclosureRequest request, AgencyInfo agency, Staff staff) {
		return RequestQueries.view(request, agency, personalData, today(), calendar,
				RequestRoles.allowed(request, staff, agency), RequestRoles.handles(staff, agency)
						? assignees.choices(agency, request.assignedTo) : List.of());
	}

	/** The username an application of the agency may be given to (null: nobody); refuses anyone else (400). */
	String assignee(AgencyInfo agency, String username) {
		return assignees.checked(agency, username);
	}

	WorkingDayCalendar calendar() {
		return calendar;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	java.time.Instant now() {
		return clock.instant();
	}

}
