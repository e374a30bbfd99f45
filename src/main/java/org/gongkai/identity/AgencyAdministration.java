package org.gongkai.identity;

import java.time.Clock;

import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the agency tree: an ADMIN adds agencies below the ones they administer. */
@Service
public class AgencyAdministration {

	private final AgencyRepository agencies;

	private final AgencyDirectory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgencyAdministration(AgencyRepository agencies, AgencyDirectory directory, ApplicationEventPublisher events,
			Clock clock) {
		this.agencies = agencies;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/** Creates an agency below {@code parentCode} (the actor's own agency when absent). */
	@Transactional
	public AgencyInfo create(Staff actor, NewAgency request) {
		String parentCode = request.parentCode() == null || request.parentCode().isBlank() ? actor.agencyCode()
				: request.parentCode();
		AgencyInfo parentInfo = directory.readable(actor, parentCode);
		if (!actor.canActFor(parentInfo, Role.ADMIN)) {
			throw DomainException.notPermitted("identity.agency.adminOnly");
		}
		Agency parent = agencies.findById(parentInfo.id().value()).orElseThrow();
		Agency child = parent.child(request.code(), request.name(), request.creditCode(), request.level(),
				clock.instant());
		requireUnique(child.code(), request.creditCode());
		Agency saved = agencies.save(child);
		events.publishEvent(
				new AgencyCreated(new AgencyId(saved.id()), saved.code(), request.name(), parent.code(), actor.username()));
		return saved.info(parent.code());
	}

	/** Creates the root of the tree on a first start; does nothing when there is one. */
	@Transactional
	public AgencyInfo ensureRoot(String code, String name, String creditCode, AgencyLevel level) {
		return agencies.findByParentIdIsNull().map(root -> root.info(null)).orElseGet(() -> {
			Agency root = agencies.save(Agency.root(code, name, creditCode, level, clock.instant()));
			events.publishEvent(new AgencyCreated(new AgencyId(root.id()), code, name, null, "system"));
			return root.info(null);
		});
	}

	/**
	 * Creates an agency below a parent on behalf of the platform itself (first-start seeding), without a staff
	 * member; does nothing when the code exists.
	 */
	@Transactional
	public AgencyInfo ensureChild(String parentCode, NewAgency request) {
		return directory.findByCode(request.code()).orElseGet(() -> {
			Agency parent = agencies.findByCode(parentCode)
				.orElseThrow(() -> DomainException.notFound("identity.agency.notFound", parentCode));
			Agency saved = agencies.save(parent.child(request.code(), request.name(), request.creditCode(),
					request.level(), clock.instant()));
			events.publishEvent(new AgencyCreated(new AgencyId(saved.id()), saved.code(), request.name(), parentCode,
					"system"));
			return saved.info(parentCode);
		});
	}

	private void requireUnique(String code, String creditCode) {
		if (agencies.findByCode(code).isPresent()) {
			throw DomainException.conflict("code", "identity.agency.codeTaken", code);
		}
		if (creditCode != null && !creditCode.isBlank()
				&& agencies.existsByCreditCode(creditCode.strip().toUpperCase(java.util.Locale.ROOT))) {
			throw DomainException.conflict("creditCode", "identity.agency.creditCodeTaken", creditCode);
		}
	}

}
