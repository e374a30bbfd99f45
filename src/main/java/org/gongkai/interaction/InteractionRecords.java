package org.gongkai.interaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.ToLongFunction;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.stereotype.Component;

/**
 * Where the use cases and jobs of this module load and store consultations, proposals and findings: each with its
 * agency, read only within the caller's {@link AgencyScope} (any other answers "not found"), saved through its
 * repository so that its version moves, and with every change the audit event, in the same transaction. Also
 * today's date from the clock.
 */
@Component
class InteractionRecords {

	private final ConsultationRepository consultations;

	private final ProposalRepository proposals;

	private final FindingRepository findings;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InteractionRecords(ConsultationRepository consultations, ProposalRepository proposals,
			FindingRepository findings, AgencyDirectory agencies, ApplicationEventPublisher events, Clock clock) {
		this.consultations = consultations;
		this.proposals = proposals;
		this.findings = findings;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	/** A case with the agency it belongs to. */
	record Held<T>(T item, AgencyInfo agency) {
	}

	Held<Consultation> consultation(Staff reader, long id) {
		return held(consultations, reader, id, c -> c.agencyId, "interaction.consultation.notFound");
	}

	Held<Proposal> proposal(Staff reader, long id) {
		return held(proposals, reader, id, p -> p.agencyId, "interaction.proposal.notFound");
	}

	Held<Finding> finding(Staff reader, long id) {
		return held(findings, reader, id, f -> f.agencyId, "interaction.finding.notFound");
	}

	/** The proposals of the agencies in scope, earliest due first. */
	List<Proposal> proposals(AgencyScope scope) {
		return proposals.findByAgencyIdInOrderByDueOn(scope.ids());
	}

	/** The findings of the agencies in scope, earliest deadline first. */
	List<Finding> findings(AgencyScope scope) {
		return findings.findByAgencyIdInOrderByDeadline(scope.ids());
	}

	/** For the daily jobs, which act for every agency: the consultations, proposals or findings with these ids. */
	List<Consultation> consultations(Collection<Long> ids) {
		return consultations.findAllById(ids);
	}

	List<Proposal> proposals(Collection<Long> ids) {
		return proposals.findAllById(ids);
	}

	List<Finding> findings(Collection<Long> ids) {
		return findings.findAllById(ids);
	}

	/** Saves a consultation with the audit record of what changed; answers it with its id. */
	Consultation save(Consultation consultation, AgencyInfo agency, String actor, String action, String summary) {
		Consultation saved = consultations.save(consultation);
		changed(actor, agency, action, "consultation:" + saved.trackingNumber, summary);
		return saved;
	}

	Proposal save(Proposal proposal, AgencyInfo agency, String actor, String action, String summary) {
		Proposal saved = proposals.save(proposal);
		changed(actor, agency, action, "proposal:" + saved.id, summary);
		return saved;
	}

	Finding save(Finding finding, AgencyInfo agency, String actor, String action, String summary) {
		Finding saved = findings.save(finding);
		changed(actor, agency, action, "finding:" + saved.id, summary);
		return saved;
	}

	/** Saves a case the daily watch raised, with the audit record of the raise. */
	void raised(Consultation consultation, InteractionOverdue raised) {
		consultations.save(consultation);
		events.publishEvent(raised);
	}

	void raised(Proposal proposal, InteractionOverdue raised) {
		proposals.save(proposal);
		events.publishEvent(raised);
	}

	void raised(Finding finding, InteractionOverdue raised) {
		findings.save(finding);
		events.publishEvent(raised);
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

	/** An audited change that is not a case's own (a setting, a training, a complaint). */
	void changed(Staff actor, AgencyInfo agency, String action, String subject, String summary) {
		changed(actor.username(), agency, action, subject, summary);
	}

	void changed(String actor, AgencyInfo agency, String action, String subject, String summary) {
		events.publishEvent(new InteractionChanged(actor, agency.code(), action, subject, summary));
	}

	private <T> Held<T> held(ListCrudRepository<T, Long> repository, Staff reader, long id,
			ToLongFunction<T> agencyOf, String notFoundKey) {
		T item = repository.findById(id).orElseThrow(() -> DomainException.notFound(notFoundKey, id));
		AgencyInfo agency = agencies.find(new AgencyId(agencyOf.applyAsLong(item)))
			.filter(reader::canRead)
			.orElseThrow(() -> DomainException.notFound(notFoundKey, id));
		return new Held<>(item, agency);
	}

}
