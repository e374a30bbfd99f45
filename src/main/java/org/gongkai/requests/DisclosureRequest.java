package org.gongkai.requests;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.DomainException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;

import static org.gongkai.requests.Deadline.CLARIFICATION_NOTICE_WORKING_DAYS;
import static org.gongkai.requests.Deadline.CONSULTATION_WORKING_DAYS;
import static org.gongkai.requests.Deadline.PAYMENT_WORKING_DAYS;

/**
 * An application for government information. Every change goes through {@link #apply}, which asks the
 * {@link Transitions} table, checks the statutory guard of the action, records the dates the deadline derives
 * from, and recomputes the due date. The timeline of what happened is written beside it, append-only.
 */
class DisclosureRequest {

	/** The clarification period when staff do not choose one (OGI art. 30 leaves it to the agency). */
	static final int DEFAULT_CLARIFICATION_PERIOD = 15;

	@Id
	Long id;

	@Version
	Integer version;

	final Long agencyId;

	final String trackingNumber;

	final String queryCodeHash;

	final Channel channel;

	RequestStatus status;

	final Instant submittedAt;

	LocalDate receivedOn;

	LocalDate clockStartedOn;

	@Embedded.Nullable(prefix = "applicant_")
	final Applicant applicant;

	final String applicantKey;

	final String description;

	final String documentNumber;

	final DeliveryMethod deliveryMethod;

	final boolean paperCopy;

	LocalDate clarificationRequestedOn;

	String clarificationItems;

	LocalDate clarificationDueOn;

	Integer clarificationWorkingDays;

	LocalDate clarifiedOn;

	String clarifiedContent;

	String consultedParty;

	LocalDate consultationDueOn;

	LocalDate feeNoticeOn;

	BigDecimal feeAmountYuan;

	FeeSchedule feeSchedule;

	Integer feeQuantity;

	LocalDate feeDueOn;

	LocalDate feePaidOn;

	int extensionDays;

	String extensionReason;

	LocalDate extensionRequestedOn;

	Integer extensionRequestedDays;

	String extensionRequestedReason;

	String extensionRequestedBy;

	LocalDate extensionApprovedOn;

	String extensionApprovedBy;

	String replyReason;

	String replyReference;

	String replyPaperNote;

	Integer replyFiles;

	@MappedCollection(idColumn = "request_id", keyColumn = "position")
	List<WithheldPart> withheld;

	String assignedTo;

	Outcome outcome;

	LocalDate closedOn;

	LocalDate dueOn;

	LocalDate lastActionOn;

	@MappedCollection(idColumn = "request_id", keyColumn = "position")
	List<Pause> pauses;

	@PersistenceCreator
	DisclosureRequest(Long id, Long agencyId, String trackingNumber, String queryCodeHash, Channel channel,
			Instant submittedAt, Applicant applicant, String applicantKey, String description, String documentNumber,
			DeliveryMethod deliveryMethod, boolean paperCopy) {
		this.id = id;
		this.agencyId = agencyId;
		this.trackingNumber = trackingNumber;
		this.queryCodeHash = queryCodeHash;
		this.channel = channel;
		this.submittedAt = submittedAt;
		this.applicant = applicant;
		this.applicantKey = applicantKey;
		this.description = description;
		this.documentNumber = documentNumber;
		this.deliveryMethod = deliveryMethod;
		this.paperCopy = paperCopy;
		this.pauses = new ArrayList<>();
		this.withheld = new ArrayList<>();
	}

	/** An online application waits in SUBMITTED until the office confirms it (OGI art. 31 (三)). */
	static DisclosureRequest submitted(long agencyId, String trackingNumber, String queryCodeHash, Channel channel,
			Instant at, Applicant applicant, String applicantKey, String description, String documentNumber,
			DeliveryMethod delivery, boolean paperCopy) {
		DisclosureRequest request = new DisclosureRequest(null, agencyId, trackingNumber, queryCodeHash, channel, at,
				applicant, applicantKey, description, documentNumber, delivery, paperCopy);
		request.status = RequestStatus.SUBMITTED;
		return request;
	}

	/**
	 * An application its applicant sent through the portal at {@code at}: the office confirms it (OGI art. 31 (三)) on
	 * that day or later, so the day it was sent is its first action's. One that staff register as sent online
	 * ({@link #submitted}) may have been sent on any earlier day.
	 */
	static DisclosureRequest sentThroughPortal(long agencyId, String trackingNumber, String queryCodeHash, Instant at,
			Applicant applicant, String applicantKey, String description, String documentNumber,
			DeliveryMethod delivery, boolean paperCopy) {
		DisclosureRequest request = submitted(agencyId, trackingNumber, queryCodeHash, Channel.ONLINE, at, applicant,
				applicantKey, description, documentNumber, delivery, paperCopy);
		request.lastActionOn = LocalDate.ofInstant(at, Beijing.ZONE);
		return request;
	}

	/** An application registered as received on a known day (OGI art. 31): the clock starts that day. */
	static DisclosureRequest received(long agencyId, String trackingNumber, String queryCodeHash, Channel channel,
			Instant at, LocalDate receivedOn, Applicant applicant, String applicantKey, String description,
			String documentNumber, DeliveryMethod delivery, boolean paperCopy, WorkingDayCalendar calendar) {
		DisclosureRequest request = submitted(agencyId, trackingNumber, queryCodeHash, channel, at, applicant,
				applicantKey, description, documentNumber, delivery, paperCopy);
		request.status = RequestStatus.RECEIVED;
		request.receivedOn = receivedOn;
		request.clockStartedOn = receivedOn;
		request.lastActionOn = receivedOn;
		request.recompute(calendar);
		return request;
	}

	/**
	 * Applies an action dated {@code command.on()}, which may be neither in the future nor before the last one: the
	 * table first, then the statutory guard of the action.
	 */
	void apply(RequestCommand command, LocalDate today, WorkingDayCalendar calendar) {
		apply(command, today, calendar, null);
	}

	/** Like {@link #apply(RequestCommand, LocalDate, WorkingDayCalendar)}, recording who acted where it matters. */
	void apply(RequestCommand command, LocalDate today, WorkingDayCalendar calendar, String actor) {
		RequestAction action = command.action();
		RequestStatus next = Transitions.next(status, action)
			.orElseThrow(() -> new TransitionNotAllowed(status, action));
		LocalDate on = command.on() == null ? today : command.on();
		if (on.isAfter(today)) {
			throw new TransitionNotAllowed("on", "requests.on.future", on);
		}
		if (lastActionOn != null && on.isBefore(lastActionOn)) {
			// sent through the portal, an application is received no earlier than the day it was sent
			throw new TransitionNotAllowed("on",
					status == RequestStatus.SUBMITTED ? "requests.on.beforeSubmitted" : "requests.on.beforeLast", on,
					lastActionOn);
		}
		// Java 17 has no pattern switch (JEP 441 is Java 21): a switch expression over the action is exhaustive, and
		// each record answers one action only, so each cast holds.
		Runnable effect = switch (action) {
			case CONFIRM_RECEIPT -> () -> {
				receivedOn = on;
				clockStartedOn = on;
			};
			case REQUEST_CLARIFICATION ->
				() -> requestClarification(on, (RequestCommand.RequestClarification) command, calendar);
			case RECORD_CLARIFICATION -> () -> {
				clarifiedOn = on;
				clarifiedContent = ((RequestCommand.RecordClarification) command).content();
				clockStartedOn = on;
			};
			case CLOSE_UNCLARIFIED -> () -> close(on, Outcome.OTHER_NO_CLARIFICATION,
					clarificationDueOn != null && on.isAfter(clarificationDueOn), "requests.clarification.periodRuns");
			case START_CONSULTATION ->
				() -> startConsultation(on, (RequestCommand.StartConsultation) command, calendar);
			case END_CONSULTATION -> () -> endPause(on);
			case SEND_FEE_NOTICE -> () -> sendFeeNotice(on, (RequestCommand.SendFeeNotice) command, calendar);
			case RECORD_PAYMENT -> () -> {
				feePaidOn = on;
				endPause(on);
			};
			case CLOSE_UNPAID -> () -> close(on, Outcome.OTHER_FEE_UNPAID, feeDueOn != null && on.isAfter(feeDueOn),
					"requests.fee.periodRuns");
			case EXTEND -> () -> extend(on, (RequestCommand.Extend) command);
			case REQUEST_EXTENSION -> () -> requestExtension(on, (RequestCommand.RequestExtension) command, actor);
			case APPROVE_EXTENSION, REFUSE_EXTENSION ->
				() -> decideExtension(on, (RequestCommand.DecideExtension) command, actor);
			case REPLY -> () -> reply(on, (RequestCommand.Reply) command);
			case WITHDRAW -> () -> close(on, Outcome.OTHER, true, null);
		};
		effect.run();
		status = next;
		lastActionOn = on;
		recompute(calendar);
	}

	/** OGI art. 30: once, within 7 working days of receipt, every item at once, with a period to answer in. */
	private void requestClarification(LocalDate on, RequestCommand.RequestClarification command,
			WorkingDayCalendar calendar) {
		if (clarificationRequestedOn != null) {
			throw new TransitionNotAllowed("action", "requests.clarification.once");
		}
		LocalDate latest = calendar.addWorkingDays(receivedOn, CLARIFICATION_NOTICE_WORKING_DAYS);
		if (on.isAfter(latest)) {
			throw new TransitionNotAllowed("on", "requests.clarification.tooLate", latest);
		}
		clarificationRequestedOn = on;
		clarificationItems = command.items();
		clarificationWorkingDays = command.period();
		clarificationDueOn = calendar.addWorkingDays(on, command.period());
	}

	/** OGI art. 32, 34: consultation in writing; 15 working days for the answer; the time does not count. */
	private void startConsultation(LocalDate on, RequestCommand.StartConsultation command,
			WorkingDayCalendar calendar) {
		consultedParty = command.party();
		consultationDueOn = calendar.addWorkingDays(on, CONSULTATION_WORKING_DAYS);
		pauses.add(new Pause(Pause.PauseKind.CONSULTATION, on, null));
	}

	/**
	 * 国办函〔2020〕109号: a fee notice within the reply period, once, of an amount the schedule makes due (art. 4: none
	 * for the first 10 applications of the month); payment due 20 working days after the next day.
	 */
	private void sendFeeNotice(LocalDate on, RequestCommand.SendFeeNotice command, WorkingDayCalendar calendar) {
		if (feeNoticeOn != null) {
			throw new TransitionNotAllowed("action", "requests.fee.once");
		}
		if (dueOn != null && on.isAfter(dueOn)) {
			throw new TransitionNotAllowed("on", "requests.fee.afterDue", dueOn);
		}
		BigDecimal amount = command.amount();
		if (amount == null || amount.signum() <= 0) {
			throw new TransitionNotAllowed("amountYuan", "requests.fee.amountRequired");
		}
		feeNoticeOn = on;
		feeAmountYuan = amount;
		feeSchedule = command.schedule();
		feeQuantity = command.quantity();
		feeDueOn = calendar.addWorkingDays(on, PAYMENT_WORKING_DAYS);
		pauses.add(new Pause(Pause.PauseKind.FEE, on, null));
	}

	/** OGI art. 33: one extension of at most 20 working days, before the reply is due. */
	private void extend(LocalDate on, RequestCommand.Extend command) {
		if (extensionDays > 0) {
			throw new TransitionNotAllowed("action", "requests.extension.once");
		}
		if (dueOn != null && on.isAfter(dueOn)) {
			throw new TransitionNotAllowed("on", "requests.extension.afterDue", dueOn);
		}
		extensionDays = command.workingDays();
		extensionReason = command.reason();
	}

	/**
	 * OGI art. 33 ¶2: the officer asks, once and before the reply is due; the head of the office decides. While the
	 * request waits, the clock runs on.
	 */
	private void requestExtension(LocalDate on, RequestCommand.RequestExtension command, String actor) {
		if (extensionDays > 0) {
			throw new TransitionNotAllowed("action", "requests.extension.once");
		}
		if (extensionPending()) {
			throw new TransitionNotAllowed("action", "requests.extension.alreadyRequested", extensionRequestedOn);
		}
		if (dueOn != null && on.isAfter(dueOn)) {
			throw new TransitionNotAllowed("on", "requests.extension.afterDue", dueOn);
		}
		extensionRequestedOn = on;
		extensionRequestedDays = command.workingDays();
		extensionRequestedReason = command.reason();
		extensionRequestedBy = actor;
	}

	/** The head's decision; an approval counts from its own day, which must be before the reply is due. */
	private void decideExtension(LocalDate on, RequestCommand.DecideExtension command, String actor) {
		if (!extensionPending()) {
			throw new TransitionNotAllowed("action", "requests.extension.noneRequested");
		}
		if (on.isBefore(extensionRequestedOn)) {
			throw new TransitionNotAllowed("on", "requests.on.beforeLast", on, extensionRequestedOn);
		}
		if (command.approved()) {
			if (dueOn != null && on.isAfter(dueOn)) {
				throw new TransitionNotAllowed("on", "requests.extension.afterDue", dueOn);
			}
			extensionDays = extensionRequestedDays;
			extensionReason = extensionRequestedReason;
			extensionApprovedOn = on;
			extensionApprovedBy = actor;
		}
		extensionRequestedOn = command.approved() ? extensionRequestedOn : null;
		extensionRequestedDays = command.approved() ? extensionRequestedDays : null;
		extensionRequestedReason = command.approved() ? extensionRequestedReason : null;
		extensionRequestedBy = command.approved() ? extensionRequestedBy : null;
	}

	/** Whether an extension was asked for and the head of the office has not decided yet. */
	boolean extensionPending() {
		return extensionRequestedOn != null && extensionApprovedOn == null;
	}

	/**
	 * OGI art. 36, 37: a disclosure provides the information (files attached, a reference to where it is published,
	 * or paper copies when the applicant asked for paper), and the reply records what was withheld and why.
	 */
	private void reply(LocalDate on, RequestCommand.Reply command) {
		if (command.provides() && command.files() == 0 && command.reference() == null) {
			if (command.paperNote() == null) {
				throw DomainException.invalid("provided", "requests.reply.providedRequired");
			}
			if (!onPaper()) {
				throw DomainException.invalid("paperNote", "requests.reply.paperNotAsked");
			}
		}
		replyReason = command.reason();
		replyReference = command.reference();
		replyPaperNote = command.paperNote();
		replyFiles = command.files();
		withheld.clear();
		withheld.addAll(command.withheld());
		close(on, command.outcome(), true, null);
	}

	/** Whether the applicant asked for the information on paper: by post, to collect, or a paper copy. */
	boolean onPaper() {
		return paperCopy || deliveryMethod == DeliveryMethod.POST || deliveryMethod == DeliveryMethod.IN_PERSON;
	}

	private void close(LocalDate on, Outcome result, boolean guard, String refusal) {
		if (!guard) {
			throw new TransitionNotAllowed("on", refusal);
		}
		outcome = result;
		closedOn = on;
		pauses.replaceAll(pause -> pause.isOpen() ? pause.end(on) : pause);
	}

	private void endPause(LocalDate on) {
		pauses.replaceAll(pause -> pause.isOpen() ? pause.end(on) : pause);
	}

	/** Derives the stored due date; a closed application keeps the one it had, to show whether it was late. */
	void recompute(WorkingDayCalendar calendar) {
		if (status == RequestStatus.CLOSED) {
			return;
		}
		dueOn = count(calendar).deadline().dueOn();
	}

	/** The count of the due date, as {@link #recompute} stores it and {@link DeadlineExplanation} shows it. */
	Deadline.Count count(WorkingDayCalendar calendar) {
		return Deadline.count(clockStartedOn, pauses, extensionDays, status == RequestStatus.AWAITING_CLARIFICATION,
				calendar);
	}

	/**
	 * Counts every date of an open application again on the calendar as it is now (a year's notice was entered or
	 * corrected): the periods for the clarification (OGI art. 30), the consulted party's answer (art. 32) and the
	 * payment (国办函〔2020〕109号) from the day each began, and the due date.
	 *
	 * @return whether any date moved
	 */
	boolean recount(WorkingDayCalendar calendar) {
		if (status == RequestStatus.CLOSED) {
			return false;
		}
		List<LocalDate> before = dates();
		if (clarificationRequestedOn != null && clarificationWorkingDays != null) {
			clarificationDueOn = calendar.addWorkingDays(clarificationRequestedOn, clarificationWorkingDays);
		}
		pauses.stream()
			.filter(pause -> pause.kind() == Pause.PauseKind.CONSULTATION)
			.reduce((first, second) -> second)
			.ifPresent(consultation -> consultationDueOn = calendar.addWorkingDays(consultation.startedOn(),
					CONSULTATION_WORKING_DAYS));
		if (feeNoticeOn != null) {
			feeDueOn = calendar.addWorkingDays(feeNoticeOn, PAYMENT_WORKING_DAYS);
		}
		recompute(calendar);
		return !before.equals(dates());
	}

	/** The dates {@link #recount} derives: due date, clarification, consultation and payment periods. */
	List<LocalDate> dates() {
		return java.util.Arrays.asList(dueOn, clarificationDueOn, consultationDueOn, feeDueOn);
	}

	/** The date the thing waited for is due: the clarification, the consulted party's answer, the payment. */
	LocalDate pendingDueOn() {
		return switch (status) {
			case AWAITING_CLARIFICATION -> clarificationDueOn;
			case IN_CONSULTATION -> consultationDueOn;
			case AWAITING_PAYMENT -> feeDueOn;
			default -> null;
		};
	}

	void assignTo(String username) {
		assignedTo = username;
	}

}
