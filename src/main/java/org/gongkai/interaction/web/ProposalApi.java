package org.gongkai.interaction.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.interaction.InteractionFigures;
import org.gongkai.interaction.InteractionStatistics;
import org.gongkai.interaction.NewProposal;
import org.gongkai.interaction.ProposalDesk;
import org.gongkai.interaction.ProposalKind;
import org.gongkai.interaction.ProposalRole;
import org.gongkai.interaction.ProposalView;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1} for staff and the assigning bodies' systems: registering an assigned proposal (the answer
 * carries its due date), the proposal ledger, and an agency's yearly interaction figures for the annual report.
 */
@RestController
class ProposalApi {

	private final ProposalDesk desk;

	private final InteractionStatistics statistics;

	private final AgencyDirectory agencies;

	ProposalApi(ProposalDesk desk, InteractionStatistics statistics, AgencyDirectory agencies) {
		this.desk = desk;
		this.statistics = statistics;
		this.agencies = agencies;
	}

	record ProposalBody(ProposalKind kind, String reference, String title, String proposer, String assignedBy,
			LocalDate assignedOn, Boolean complex, ProposalRole role) {
	}

	@PostMapping("/api/v1/agencies/{code}/proposals")
	ResponseEntity<ProposalView> register(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code,
			@RequestBody ProposalBody body) {
		ProposalView created = desk.register(me.staff(), code, new NewProposal(body.kind(), body.reference(),
				body.title(), body.proposer(), body.assignedBy(), body.assignedOn(), body.complex(), body.role()));
		return ResponseEntity.created(URI.create("/api/v1/proposals/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/proposals/{id}")
	ProposalView one(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
		return desk.find(me.staff(), id);
	}

	@GetMapping("/api/v1/proposals")
	List<ProposalView> all(@AuthenticationPrincipal StaffPrincipal me) {
		return desk.list(me.staff());
	}

	@GetMapping("/api/v1/agencies/{code}/interaction-figures/{year}")
	InteractionFigures figures(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code,
			@PathVariable int year) {
		return statistics.forYear(agencies.readable(me.staff(), code).id(), year);
	}

}
