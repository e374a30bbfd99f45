package org.gongkai.requests.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import io.swagger.v3.oas.annotations.Operation;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.requests.Applicant;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Application;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DeadlineExplanation;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.FeeSchedule;
import org.gongkai.requests.ProcessingFee;
import org.gongkai.requests.RequestEvent;
import org.gongkai.requests.RequestHandling;
import org.gongkai.requests.RequestIntake;
import org.gongkai.requests.RequestLedger;
import org.gongkai.requests.RequestQueries;
import org.gongkai.requests.RequestTransparency;
import org.gongkai.requests.RequestView;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1}: registration of applications (by a province's unified intake platform or an officer), the
 * workflow's actions, the assignment to an officer, the worklist and the fee calculator.
 */
@RestController
class RequestApi {

	private final RequestIntake intake;

	private final RequestHandling handling;

	private final RequestQueries queries;

	private final RequestTransparency transparency;

	private final RequestLedger ledger;

	RequestApi(RequestIntake intake, RequestHandling handling, RequestQueries queries,
			RequestTransparency transparency, RequestLedger ledger) {
		this.ledger = ledger;
		this.intake = intake;
		this.handling = handling;
		this.queries = queries;
		this.transparency = transparency;
	}

	record ApplicantBody(@NotNull ApplicantType type, @NotBlank String name, Applicant.IdType idType,
			String idNumber, String creditCode, String legalRepresentative, String phone, String email,
			String address) {
	}

	record RegistrationBody(@NotNull Channel channel, LocalDate receivedOn, @NotNull @Valid ApplicantBody applicant,
			@NotBlank String description, String documentNumber, DeliveryMethod deliveryMethod, Boolean paperCopy) {
	}

	@PostMapping("/api/v1/agencies/{code}/requests")
	ResponseEntity<RequestView> register(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code,
			@Valid @RequestBody RegistrationBody body) {
		ApplicantBody a = body.applicant();
		RequestView created = intake.register(me.staff(), code, body.channel(), body.receivedOn(),
				new Application(a.type(), a.name(), a.idType(), a.idNumber(), a.phone(), a.email(), a.address(),
						a.creditCode(), a.legalRepresentative(), body.description(), body.documentNumber(),
						body.deliveryMethod(), Boolean.TRUE.equals(body.paperCopy())));
		return ResponseEntity.created(URI.create("/api/v1/requests/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/requests/{id}")
	RequestView one(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
		return queries.find(me.staff(), id);
	}

	@GetMapping("/api/v1/requests/{id}/timeline")
	List<RequestEvent> timeline(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
		return queries.timeline(me.staff(), id);
	}

	@Operation(summary = "The due date explained", description = """
			The steps the due date was counted from, as data (kind, from, to, days, name): the day of receipt, a \
			clarification that restarted the clock, 20 working days, each pause with the working days it added, an \
			extension, the total, the weekend days, each holiday by name and span, each make-up workday, a provisional \
			year, the due day; and the months counted over, day by day.""")
	@GetMapping("/api/v1/requests/{id}/deadline")
	DeadlineExplanation deadline(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
		return transparency.deadline(me.staff(), id);
	}

	@Operation(summary = "The worklist, paged", description = """
			The ledger the back office shows, with the same query: filter (OPEN by default, DUE_SOON, OVERDUE, \
			CLOSED, PROVISIONAL, ALL), status, agency (a code), from and to (days of receipt), text (tracking \
			number, applicant, description), person (the officer assigned), sort and dir, page (from 1) and size \
			(50 by default, at most 500). The answer gives the page's items and the total the query finds, so that \
			no application is left out unseen.""")
	@GetMapping("/api/v1/requests")
	LedgerPage<RequestQueries.WorkItem> worklist(@AuthenticationPrincipal StaffPrincipal me, LedgerQuery query) {
		return ledger.page(me.staff(), query);
	}

	@Operation(summary = "One step of the workflow", description = """
			The body names the action and the fields it takes; each action's command checks them, so a missing or \
			malformed field answers 400 naming it (a reply without an outcome answered 409 before). A step the \
			transition table or a statutory guard refuses answers 409. The answer's allowedActions are the steps the \
			caller may take next.""")
	@PostMapping("/api/v1/requests/{id}/actions")
	RequestView act(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@RequestBody ActionBody body) {
		return handling.act(me.staff(), id, body.command());
	}

	record AssignmentBody(String username) {
	}

	@Operation(summary = "Give the application to an officer", description = """
			The body names the username of a disclosure officer or of the head of the office of the application's \
			agency (its assignees list them), or none to assign it to nobody; anyone else answers 400.""")
	@PutMapping("/api/v1/requests/{id}/assignment")
	RequestView assign(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@RequestBody AssignmentBody body) {
		return handling.assign(me.staff(), id, body.username());
	}

	/** 国办函〔2020〕109号: the fee of one application, by rank in the month or by pages. */
	@GetMapping("/api/v1/requests/fees/quote")
	ProcessingFee.Quote quote(@RequestParam FeeSchedule schedule, @RequestParam int quantity) {
		return ProcessingFee.quote(schedule, quantity);
	}

}
