package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.identity.Staff;

import org.springframework.stereotype.Service;

/**
 * What an application shows of itself: its due date explained step by step (to the officer and, with the tracking
 * number and query code, to the applicant) and its public timeline with the next expected step.
 */
@Service
public class RequestTransparency {

	private final RequestRecords records;

	private final RequestTimeline timeline;

	RequestTransparency(RequestRecords records, RequestTimeline timeline) {
		this.records = records;
		this.timeline = timeline;
	}

	/** The explanation of the due date of an application the staff member may read. */
	public DeadlineExplanation deadline(Staff staff, long id) {
		DisclosureRequest request = records.load(id);
		records.agencyFor(staff, request);
		return explain(request);
	}

	/** The explanation of the due date shown on the applicant's status page. */
	public DeadlineExplanation deadline(PublicStatus status) {
		return explain(records.load(status.id()));
	}

	/** The applicant's timeline and the next step. */
	public PublicTimeline timeline(PublicStatus status) {
		DisclosureRequest request = records.load(status.id());
		return PublicTimeline.of(request, timeline.of(request.id),
				RequestQueries.Provisional.of(request, records.calendar()).year() != null);
	}

	private DeadlineExplanation explain(DisclosureRequest request) {
		List<RequestEvent> events = timeline.of(request.id);
		LocalDate extendedOn = events.stream()
			.filter(event -> RequestAction.EXTEND.name().equals(event.action())
					|| RequestAction.APPROVE_EXTENSION.name().equals(event.action()))
			.map(RequestEvent::on)
			.reduce((first, last) -> last)
			.orElse(null);
		return DeadlineExplanation.of(request, extendedOn, records.today(), records.calendar());
	}

}
