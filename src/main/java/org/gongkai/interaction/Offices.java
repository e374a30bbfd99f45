package org.gongkai.interaction;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every use case of the module needs: today's date from the clock, the agencies the caller may read (any
 * other answers "not found"), who may act for an agency, and the audit event of a change.
 */
@Component
class Offices {

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Offices(AgencyDirectory agencies, ApplicationEventPublisher events, Clock clock) {
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Clock clock() {
		return clock;
	}

	AgencyInfo readable(Staff staff, String code) {
		return agencies.readable(staff, code);
	}

	/** The agency of a record, if the caller may read it; otherwise "not found" under {@code notFoundKey}. */
	AgencyInfo readable(Staff staff, long agencyId, String notFoundKey, Object subject) {
		return agencies.find(new AgencyId(agencyId))
			.filter(staff::canRead)
			.orElseThrow(() -> DomainException.notFound(notFoundKey, subject));
	}

	/** The agencies the caller may read, which every ledger is limited to. */
	AgencyScope readableAgencies(Staff staff) {
		return agencies.scopeOf(staff);
	}

	/** Every agency, for the public pages and the daily watch, and to name an agency a question went on to. */
	AgencyScope everyAgency() {
		return agencies.wholeTree();
	}

	AgencyInfo byId(long agencyId) {
		return agencies.find(new AgencyId(agencyId)).orElseThrow();
	}

	AgencyInfo publicAgency(String code) {
		return agencies.findByCode(code)
			.orElseThrow(() -> DomainException.notFound("identity.agency.notFound", code));
	}

	/** The disclosure office handles the agency's items: its OFFICERs and LEADERs (or an ADMIN above it). */
	static boolean handles(Staff staff, AgencyInfo agency) {
		return staff.canActFor(agency, Role.OFFICER) || staff.canActFor(agency, Role.LEADER)
				|| staff.canActFor(agency, Role.ADMIN);
	}

	static void requireHandler(Staff staff, AgencyInfo agency) {
		if (!handles(staff, agency)) {
			throw DomainException.notPermitted("interaction.handlerOnly");
		}
	}

	void changed(Staff actor, AgencyInfo agency, String action, String subject, String summary) {
		changed(actor.username(), agency, action, subject, summary);
	}

	void changed(String actor, AgencyInfo agency, String action, String subject, String summary) {
		events.publishEvent(new InteractionChanged(actor, agency.code(), action, subject, summary));
	}

	/** The daily watch raised an item (audited). */
	void publish(InteractionOverdue raised) {
		events.publishEvent(raised);
	}

}
