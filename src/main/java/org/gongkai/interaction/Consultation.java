package org.gongkai.interaction;

import java.time.Instant;
import java.time.LocalDate;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.TransitionTable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A question from the public. It is answered, forwarded, sent to the 信访 channel or rejected, once, from RECEIVED
 * ({@link #TABLE}); the dates it was received, due and handled make the ledger (咨询答复时限管理台账).
 */
class Consultation {

	/**
	 * The one table of consultations: a RECEIVED question is handled once — answered, forwarded, sent to the 信访
	 * channel or rejected (国办秘函〔2019〕19号: every message answered, within the agency's period) — and then stays
	 * where it was put.
	 */
	static final TransitionTable<ConsultationStatus, Triage> TABLE = TransitionTable
		.builder(ConsultationStatus.class, Triage.class, "interaction.consultation.notAllowed")
		.initial(ConsultationStatus.RECEIVED)
		.from(ConsultationStatus.RECEIVED)
		.on(Triage.ANSWER, ConsultationStatus.ANSWERED)
		.on(Triage.FORWARD, ConsultationStatus.FORWARDED)
		.on(Triage.MARK_PETITION, ConsultationStatus.PETITION)
		.on(Triage.REJECT, ConsultationStatus.REJECTED)
		.from(ConsultationStatus.ANSWERED)
		.from(ConsultationStatus.FORWARDED)
		.from(ConsultationStatus.PETITION)
		.from(ConsultationStatus.REJECTED)
		.build();

	@Id
	Long id;

	@Version
	Integer version;

	final Long agencyId;

	final String trackingNumber;

	final String askerName;

	final String askerPhone;

	final String askerEmail;

	final String subject;

	final String question;

	final boolean publishAgreed;

	ConsultationStatus status;

	final Instant submittedAt;

	final LocalDate receivedOn;

	LocalDate dueOn;

	/** The working days the agency gave itself to answer when the question was received. */
	final int replyWorkingDays;

	final LocalDate limitOn;

	LocalDate handledOn;

	String handledBy;

	String answer;

	boolean published;

	String reason;

	Long forwardedToId;

	final Long forwardedFromId;

	LocalDate remindedOn;

	Consultation(Long id, Integer version, Long agencyId, String trackingNumber, String askerName, String askerPhone,
			String askerEmail, String subject, String question, boolean publishAgreed, ConsultationStatus status,
			Instant submittedAt, LocalDate receivedOn, LocalDate dueOn, int replyWorkingDays, LocalDate limitOn,
			LocalDate handledOn, String handledBy, String answer, boolean published, String reason,
			Long forwardedToId, Long forwardedFromId, LocalDate remindedOn) {
		this.id = id;
		this.version = version;
		this.agencyId = agencyId;
		this.trackingNumber = trackingNumber;
		this.askerName = askerName;
		this.askerPhone = askerPhone;
		this.askerEmail = askerEmail;
		this.subject = subject;
		this.question = question;
		this.publishAgreed = publishAgreed;
		this.status = status;
		this.submittedAt = submittedAt;
		this.receivedOn = receivedOn;
		this.dueOn = dueOn;
		this.replyWorkingDays = replyWorkingDays;
		this.limitOn = limitOn;
		this.handledOn = handledOn;
		this.handledBy = handledBy;
		this.answer = answer;
		this.published = published;
		this.reason = reason;
		this.forwardedToId = forwardedToId;
		this.forwardedFromId = forwardedFromId;
		this.remindedOn = remindedOn;
	}

	static Consultation received(long agencyId, String trackingNumber, Question q, Instant at, LocalDate receivedOn,
			int replyWorkingDays, WorkingDayCalendar calendar, Long forwardedFromId) {
		return new Consultation(null, null, agencyId, trackingNumber, q.name().strip(), QuestionRules.strip(q.phone()),
				QuestionRules.strip(q.email()), q.subject().strip(), q.question().strip(), q.publishAgreed(),
				ConsultationStatus.RECEIVED, at, receivedOn,
				ReplyDeadlines.consultationDue(receivedOn, replyWorkingDays, calendar), replyWorkingDays,
				ReplyDeadlines.consultationLimit(receivedOn), null, null, null, false, null, null, forwardedFromId,
				null);
	}

	/**
	 * Counts the due date of an unanswered question again on the calendar as it is now (a year's notice was entered
	 * or corrected); an answered one keeps the date it was measured against.
	 *
	 * @return whether it moved
	 */
	boolean recount(WorkingDayCalendar calendar) {
		LocalDate before = dueOn;
		if (status == ConsultationStatus.RECEIVED) {
			dueOn = ReplyDeadlines.consultationDue(receivedOn, replyWorkingDays, calendar);
		}
		return !before.equals(dueOn);
	}

	/** The question as asked, to hand it on to another agency. */
	Question asked() {
		return new Question(askerName, askerPhone, askerEmail, subject, question, publishAgreed);
	}

	/**
	 * Handles a RECEIVED consultation: the table decides whether it may still be handled (409 otherwise); the day
	 * must lie between its receipt and today.
	 */
	void apply(ConsultationCommand command, LocalDate today, String by) {
		ConsultationStatus next = TABLE.move(status, command.action());
		LocalDate on = command.on() == null ? today : command.on();
		if (on.isAfter(today)) {
			throw DomainException.invalid("on", "interaction.future", on);
		}
		if (on.isBefore(receivedOn)) {
			throw DomainException.invalid("on", "interaction.beforeStart", receivedOn);
		}
		this.reason = switch (command.action()) {
			case ANSWER -> {
				ConsultationCommand.Answer answered = (ConsultationCommand.Answer) command;
				this.answer = answered.text();
				this.published = answered.publish() && publishAgreed;
				yield null;
			}
			case FORWARD -> ((ConsultationCommand.Forward) command).note();
			case MARK_PETITION -> ((ConsultationCommand.MarkPetition) command).note();
			case REJECT -> ((ConsultationCommand.Reject) command).reason();
		};
		this.status = next;
		this.handledOn = on;
		this.handledBy = by;
	}

	/** A forwarded question continues at the other agency as {@code copyId}. */
	void forwardedAs(long copyId) {
		this.forwardedToId = copyId;
	}

	/** Whether the answer (or other handling) came, or is still missing, after the due date. */
	boolean lateOn(LocalDate today) {
		return ReplyDeadlines.late(handledOn, dueOn, today);
	}

	/**
	 * The daily watch reminds once of a question still unanswered after its due date (rules.md §7.3); answers whether
	 * it did.
	 */
	boolean remind(LocalDate on) {
		if (remindedOn != null || status != ConsultationStatus.RECEIVED
				|| !ReplyDeadlines.overdue(handledOn, dueOn, on)) {
			return false;
		}
		this.remindedOn = on;
		return true;
	}

	/** Unanswered past the website indicators' 3-month limit (国办秘函〔2019〕19号). */
	boolean beyondLimitOn(LocalDate today) {
		return ReplyDeadlines.overdue(handledOn, limitOn, today);
	}

}
