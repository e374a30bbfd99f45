package org.gongkai.requests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.platform.DomainException;

/**
 * One action on an application, with exactly what it needs, checked when it is built: a missing or malformed field
 * is refused there (400, naming the field); whether the application may take the action now is the table's and the
 * statute's question, asked by {@link DisclosureRequest#apply} (409). {@code on} is the day it happened, today when
 * not given.
 */
public sealed interface RequestCommand {

	/** The day the action happened; null for today. */
	LocalDate on();

	RequestAction action();

	/** What the timeline records beside the action. */
	default String details() {
		return "";
	}

	/**
	 * The command of an action from the flat shape the API and the pages bind ({@code action, on, outcome?,
	 * workingDays?, reason?, party?, amountYuan?, feeSchedule?, feeQuantity?}); the fields an action does not take
	 * are ignored.
	 */
	static RequestCommand of(RequestAction action, LocalDate on, Outcome outcome, Integer workingDays, String reason,
			String party, BigDecimal amountYuan, FeeSchedule feeSchedule, Integer feeQuantity) {
		if (action == null) {
			throw DomainException.invalid("action", "validation.required");
		}
		return switch (action) {
			case CONFIRM_RECEIPT -> new ConfirmReceipt(on);
			case REQUEST_CLARIFICATION -> new RequestClarification(on, reason, workingDays);
			case RECORD_CLARIFICATION -> new RecordClarification(on, reason);
			case CLOSE_UNCLARIFIED -> new CloseUnclarified(on);
			case START_CONSULTATION -> new StartConsultation(on, party);
			case END_CONSULTATION -> new EndConsultation(on);
			case SEND_FEE_NOTICE -> new SendFeeNotice(on, feeSchedule, feeQuantity, amountYuan);
			case RECORD_PAYMENT -> new RecordPayment(on);
			case CLOSE_UNPAID -> new CloseUnpaid(on);
			case EXTEND -> new Extend(on, workingDays, reason);
			case REQUEST_EXTENSION -> new RequestExtension(on, workingDays, reason);
			case APPROVE_EXTENSION -> new DecideExtension(on, true, reason);
			case REFUSE_EXTENSION -> new DecideExtension(on, false, reason);
			case REPLY -> new Reply(on, outcome, reason);
			case WITHDRAW -> new Withdraw(on);
		};
	}

	/** OGI art. 31 (三): both sides confirmed an online or fax application on {@code on}. */
	record ConfirmReceipt(LocalDate on) implements RequestCommand {

		@Override
		public RequestAction action() {
			return RequestAction.CONFIRM_RECEIPT;
		}

	}

	/**
	 * OGI art. 30: every unclear item at once, with a period to answer in of 1 to 60 working days (the agency's
	 * choice; {@value DisclosureRequest#DEFAULT_CLARIFICATION_PERIOD} when not given).
	 */
	record RequestClarification(LocalDate on, String items, Integer workingDays) implements RequestCommand {

		public RequestClarification {
			if (items == null || items.isBlank()) {
				throw DomainException.invalid("reason", "requests.clarification.itemsRequired");
			}
			if (workingDays != null && (workingDays < 1 || workingDays > 60)) {
				throw DomainException.invalid("workingDays", "requests.clarification.period");
			}
			items = items.strip();
		}

		@Override
		public RequestAction action() {
			return RequestAction.REQUEST_CLARIFICATION;
		}

		int period() {
			return workingDays == null ? DisclosureRequest.DEFAULT_CLARIFICATION_PERIOD : workingDays;
		}

		@Override
		public String details() {
			return workingDays == null ? items : "workingDays=" + workingDays + " " + items;
		}

	}

	/**
	 * OGI art. 30: the clarification arrived, with what it says (the reply quotes it); the 20 working days start
	 * again.
	 */
	record RecordClarification(LocalDate on, String content) implements RequestCommand {

		public RecordClarification {
			if (content == null || content.isBlank()) {
				throw DomainException.invalid("reason", "requests.clarification.contentRequired");
			}
			content = content.strip();
		}

		@Override
		public RequestAction action() {
			return RequestAction.RECORD_CLARIFICATION;
		}

		@Override
		public String details() {
			return content;
		}

	}

	/** OGI art. 30: no clarification within its period; deemed abandoned. */
	record CloseUnclarified(LocalDate on) implements RequestCommand {

		@Override
		public RequestAction action() {
			return RequestAction.CLOSE_UNCLARIFIED;
		}

	}

	/** OGI art. 32, 34: the third party or agency consulted in writing. */
	record StartConsultation(LocalDate on, String party) implements RequestCommand {

		public StartConsultation {
			if (party == null || party.isBlank()) {
				throw DomainException.invalid("party", "requests.consultation.partyRequired");
			}
			party = party.strip();
		}

		@Override
		public RequestAction action() {
			return RequestAction.START_CONSULTATION;
		}

		@Override
		public String details() {
			return "party=" + party;
		}

	}

	/** OGI art. 32: the consultation ended; the clock resumes. */
	record EndConsultation(LocalDate on) implements RequestCommand {

		@Override
		public RequestAction action() {
			return RequestAction.END_CONSULTATION;
		}

	}

	/**
	 * 国办函〔2020〕109号: a fee notice, of an amount given or quoted by {@link ProcessingFee} from the schedule and the
	 * quantity (pages, or the rank in the month, which {@link RequestHandling} counts when a per-application fee comes
	 * without it).
	 */
	record SendFeeNotice(LocalDate on, FeeSchedule schedule, Integer quantity, BigDecimal amountYuan)
			implements RequestCommand {

		public SendFeeNotice {
			boolean quotable = schedule == FeeSchedule.PER_APPLICATION || schedule == FeeSchedule.PER_PAGE && quantity != null;
			if (amountYuan == null ? !quotable : amountYuan.signum() <= 0) {
				throw DomainException.invalid("amountYuan", "requests.fee.amountRequired");
			}
			if (quantity != null && quantity < 1) {
				throw DomainException.invalid("feeQuantity", "requests.fee.quantity");
			}
		}

		@Override
		public RequestAction action() {
			return RequestAction.SEND_FEE_NOTICE;
		}

		/** The amount given, else the quote; null while the rank of a per-application fee is still unknown. */
		BigDecimal amount() {
			if (amountYuan != null || quantity == null) {
				return amountYuan;
			}
			return ProcessingFee.quote(schedule, quantity).amountYuan();
		}

		SendFeeNotice ranked(int rank) {
			return new SendFeeNotice(on, schedule, rank, amountYuan);
		}

		@Override
		public String details() {
			return amountYuan == null ? "" : "amountYuan=" + amountYuan;
		}

	}

	/** 国办函〔2020〕109号: the fee was paid; the clock resumes. */
	record RecordPayment(LocalDate on) implements RequestCommand {

		@Override
		public RequestAction action() {
			return RequestAction.RECORD_PAYMENT;
		}

	}

	/** 国办函〔2020〕109号: unpaid within its period; deemed abandoned. */
	record CloseUnpaid(LocalDate on) implements RequestCommand {

		@Override
		public RequestAction action() {
			return RequestAction.CLOSE_UNPAID;
		}

	}

	/** OGI art. 33 ¶2: one extension of 1 to 20 working days, with its reason. */
	record Extend(LocalDate on, Integer workingDays, String reason) implements RequestCommand {

		public Extend {
			if (workingDays == null || workingDays < 1 || workingDays > Deadline.MAX_EXTENSION_WORKING_DAYS) {
				throw DomainException.invalid("workingDays", "requests.extension.days",
						Deadline.MAX_EXTENSION_WORKING_DAYS);
			}
			if (reason == null || reason.isBlank()) {
				throw DomainException.invalid("reason", "requests.extension.reasonRequired");
			}
			reason = reason.strip();
		}

		@Override
		public RequestAction action() {
			return RequestAction.EXTEND;
		}

		@Override
		public String details() {
			return "workingDays=" + workingDays + " " + reason;
		}

	}

	/**
	 * OGI art. 33 ¶2: the officer asks the head of the office for an extension of 1 to 20 working days, with its
	 * reason.
	 */
	record RequestExtension(LocalDate on, Integer workingDays, String reason) implements RequestCommand {

		public RequestExtension {
			Extend checked = new Extend(on, workingDays, reason);
			reason = checked.reason();
		}

		@Override
		public RequestAction action() {
			return RequestAction.REQUEST_EXTENSION;
		}

		@Override
		public String details() {
			return "workingDays=" + workingDays + " " + reason;
		}

	}

	/** OGI art. 33 ¶2: the head of the office approves or refuses the extension asked for; a refusal says why. */
	record DecideExtension(LocalDate on, boolean approved, String comment) implements RequestCommand {

		public DecideExtension {
			if (!approved && (comment == null || comment.isBlank())) {
				throw DomainException.invalid("reason", "requests.extension.refusalReasonRequired");
			}
			comment = comment == null || comment.isBlank() ? null : comment.strip();
		}

		@Override
		public RequestAction action() {
			return approved ? RequestAction.APPROVE_EXTENSION : RequestAction.REFUSE_EXTENSION;
		}

		@Override
		public String details() {
			return comment == null ? "" : comment;
		}

	}

	/**
	 * OGI art. 36: the reply with its outcome and what the statute asks of it: for a partial disclosure (art. 37) the
	 * parts withheld, each with its legal basis and reason; for a refusal (art. 36 (三)) the specific reason; for a
	 * disclosure, the information provided: files uploaded to the application ({@code files}, counted by
	 * {@link RequestHandling}), a reference to where it is published, or a note of the paper copies sent when the
	 * applicant asked for paper. The outcomes that only the closing steps produce (no clarification, fee unpaid,
	 * withdrawn) are not a reply's.
	 */
	record Reply(LocalDate on, Outcome outcome, String reason, List<WithheldPart> withheld, String reference,
			String paperNote, int files) implements RequestCommand {

		public Reply {
			if (outcome == null) {
				throw DomainException.invalid("outcome", "requests.reply.outcomeRequired");
			}
			if (outcome == Outcome.OTHER_NO_CLARIFICATION || outcome == Outcome.OTHER_FEE_UNPAID) {
				throw DomainException.invalid("outcome", "requests.reply.outcomeByAction", outcome);
			}
			withheld = withheld == null ? List.of() : List.copyOf(withheld);
			reason = blankToNull(reason);
			reference = blankToNull(reference);
			paperNote = blankToNull(paperNote);
			if (outcome == Outcome.PARTIALLY_DISCLOSED && withheld.isEmpty()) {
				throw DomainException.invalid("withheldPart", "requests.reply.withheldRequired");
			}
			if (withheldOutcome(outcome) && reason == null) {
				throw DomainException.invalid("reason", "requests.reply.reasonRequired");
			}
		}

		/** A reply without withheld parts, reference or paper note (an outcome that needs none of them). */
		public Reply(LocalDate on, Outcome outcome) {
			this(on, outcome, null, List.of(), null, null, 0);
		}

		Reply(LocalDate on, Outcome outcome, String reason) {
			this(on, outcome, reason, List.of(), null, null, 0);
		}

		/** This reply, knowing how many files of the information are attached to the application. */
		Reply withFiles(int count) {
			return new Reply(on, outcome, reason, withheld, reference, paperNote, count);
		}

		/** Whether the outcome provides information, which must then be provided (art. 36 (一)(二), 37). */
		boolean provides() {
			return outcome == Outcome.DISCLOSED || outcome == Outcome.PARTIALLY_DISCLOSED;
		}

		static boolean withheldOutcome(Outcome outcome) {
			return outcome.name().startsWith("WITHHELD_");
		}

		@Override
		public RequestAction action() {
			return RequestAction.REPLY;
		}

		@Override
		public String details() {
			List<String> details = new ArrayList<>();
			details.add("outcome=" + outcome);
			withheld.forEach(part -> details.add("basis=" + part.basis()));
			if (files > 0) {
				details.add("files=" + files);
			}
			if (reference != null) {
				details.add("reference=" + reference);
			}
			if (paperNote != null) {
				details.add("paper=" + paperNote);
			}
			return String.join(" ", details);
		}

		private static String blankToNull(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

	}

	/** The applicant withdraws the application. */
	record Withdraw(LocalDate on) implements RequestCommand {

		@Override
		public RequestAction action() {
			return RequestAction.WITHDRAW;
		}

	}

}
