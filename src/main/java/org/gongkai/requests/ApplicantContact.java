package org.gongkai.requests;

import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's phone number in full, for the officer who has to call them (to ask for a clarification, OGI art. 30,
 * or to arrange collection). Everywhere else it is sealed at rest and shown masked (138****5678); those who handle
 * the application reveal it on purpose, one application at a time, and every reveal is an audit record naming who,
 * which application and when, never the number itself.
 */
@Service
public class ApplicantContact {

	/** The audit log's action for a reveal. */
	static final String REVEALED = "APPLICANT_PHONE_REVEALED";

	private final RequestRecords records;

	private final PersonalData personalData;

	private final ApplicationEventPublisher events;

	ApplicantContact(RequestRecords records, PersonalData personalData, ApplicationEventPublisher events) {
		this.records = records;
		this.personalData = personalData;
		this.events = events;
	}

	/** Whether the staff member may reveal the application's phone number: it has one, and they handle it. */
	@Transactional(readOnly = true)
	public boolean revealable(Staff staff, long requestId) {
		DisclosureRequest request = records.load(requestId);
		return request.applicant.phone() != null
				&& RequestRoles.handles(staff, records.agencyFor(staff, request));
	}

	/** The phone number in full; the reveal is audited. */
	@Transactional
	public String revealPhone(Staff actor, long requestId) {
		DisclosureRequest request = records.handledBy(actor, requestId);
		String phone = personalData.open(request.applicant.phone());
		if (phone == null || phone.isBlank()) {
			throw DomainException.conflict("phone", "requests.phone.none");
		}
		events.publishEvent(new RequestAnnotated(request.id, request.trackingNumber,
				records.agencyOf(request).code(), REVEALED, "field=phone", actor.username()));
		return phone;
	}

}
