package org.gongkai.interaction;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Set;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.Outbox;
import org.gongkai.platform.SiteIdentity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations (政务咨询): the public asks on the portal or through the API and gets a tracking number and the date
 * the answer is due, counted in working days on the official calendar (each agency sets how many; 5 by default);
 * the disclosure office answers, forwards, points to the 信访 channel or rejects, once.
 */
@Service
public class ConsultationDesk {

	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final SecureRandom random = new SecureRandom();

	private final InteractionRecords records;

	private final WorkingDayCalendar calendar;

	private final Outbox outbox;

	private final JdbcClient jdbc;

	private final String baseUrl;

	ConsultationDesk(InteractionRecords records, WorkingDayCalendar calendar,
			Outbox outbox, JdbcClient jdbc, SiteIdentity site) {
		this.records = records;
		this.calendar = calendar;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.baseUrl = site.baseUrl();
	}

	/** A member of the public asks an agency; received today, due after the agency's number of working days. */
	@Transactional
	public Asked ask(String agencyCode, Question question) {
		AgencyInfo agency = records.publicAgency(agencyCode);
		QuestionRules.check(question);
		return asked(receive(agency, question, records.today(), null, "public", "dueOn="), agency);
	}

	/**
	 * The disclosure office registers a question that came by phone, letter or in person, with the day it came;
	 * the reply period counts from that day.
	 */
	@Transactional
	public Asked register(Staff actor, String agencyCode, Question question, LocalDate receivedOn) {
		AgencyInfo agency = records.readable(actor, agencyCode);
		InteractionRoles.requireHandler(actor, agency);
		if (receivedOn == null) {
			throw DomainException.invalid("receivedOn", "validation.required");
		}
		if (receivedOn.isAfter(records.today())) {
			throw DomainException.invalid("receivedOn", "interaction.future", receivedOn);
		}
		QuestionRules.check(question);
		return asked(receive(agency, question, receivedOn, null, actor.username(),
				"receivedOn=" + receivedOn + ", dueOn="), agency);
	}

	/** Answers, forwards, marks as a petition or rejects a consultation of an agency the caller handles. */
	@Transactional
	public void triage(Staff actor, long id, ConsultationCommand command) {
		InteractionRecords.Held<Consultation> held = records.consultation(actor, id);
		Consultation consultation = held.item();
		AgencyInfo agency = held.agency();
		InteractionRoles.requireHandler(actor, agency);
		AgencyInfo to = command instanceof ConsultationCommand.Forward forward ? target(forward, agency) : null;
		LocalDate today = records.today();
		consultation.apply(command, today, actor.username());
		String summary = switch (command.action()) {
			case ANSWER -> {
				notifyAnswered(consultation, agency);
				yield "answered, published=" + consultation.published;
			}
			case FORWARD -> forward(actor, consultation, to);
			case MARK_PETITION -> "sent to the petition channel";
			case REJECT -> "rejected";
		};
		records.save(consultation, agency, actor.username(), "CONSULTATION_" + command.action().name(),
				summary + ", late=" + consultation.lateOn(today));
	}

	/** What the caller may do with a consultation now: the table's actions, if the caller handles its agency. */
	static Set<Triage> allowedActions(Staff staff, AgencyInfo agency, ConsultationStatus status) {
		return InteractionRoles.handles(staff, agency) ? Consultation.TABLE.allowed(status) : Set.of();
	}

	/** The number of working days the agency gives itself to answer; the default unless it set one. */
	public int workingDays(AgencyInfo agency) {
		return jdbc.sql("select consultation_working_days from interaction_setting where agency_id = :id")
			.param("id", agency.id().value())
			.query(Integer.class)
			.optional()
			.orElse(ReplyDeadlines.DEFAULT_CONSULTATION_WORKING_DAYS);
	}

	/** An agency's LEADER or ADMIN sets its reply period (1 to 60 working days) for consultations received from now on. */
	@Transactional
	public void setWorkingDays(Staff actor, String agencyCode, Integer days) {
		AgencyInfo agency = records.readable(actor, agencyCode);
		if (!setsWorkingDays(actor, agency)) {
			throw DomainException.notPermitted("interaction.leaderOnly");
		}
		if (days == null || days < 1 || days > 60) {
			throw DomainException.invalid("workingDays", "interaction.workingDays.range", 1, 60);
		}
		int before = workingDays(agency);
		jdbc.sql("""
				insert into interaction_setting (agency_id, consultation_working_days) values (:id, :days)
				on conflict (agency_id) do update set consultation_working_days = excluded.consultation_working_days""")
			.param("id", agency.id().value())
			.param("days", days)
			.update();
		records.changed(actor, agency, "CONSULTATION_PERIOD_SET", "agency:" + agency.code(), before + " -> " + days);
	}

	/** Whether the caller may set the agency's reply period: its LEADER or ADMIN. */
	public static boolean setsWorkingDays(Staff staff, AgencyInfo agency) {
		return staff.canActFor(agency, Role.LEADER) || staff.canActFor(agency, Role.ADMIN);
	}

	private AgencyInfo target(ConsultationCommand.Forward forward, AgencyInfo from) {
		AgencyInfo to = records.publicAgency(forward.toAgencyCode());
		if (to.id().equals(from.id())) {
			throw DomainException.invalid("toAgencyCode", "interaction.consultation.forwardToSelf");
		}
		return to;
	}

	private String forward(Staff actor, Consultation consultation, AgencyInfo to) {
		Consultation copy = receive(to, consultation.asked(), consultation.handledOn, consultation.id,
				actor.username(), "forwarded from " + consultation.trackingNumber + ", dueOn=");
		consultation.forwardedAs(copy.id);
		return "forwarded to " + to.code() + " as " + copy.trackingNumber;
	}

	private Asked asked(Consultation saved, AgencyInfo agency) {
		return new Asked(saved.id, saved.trackingNumber, saved.receivedOn, saved.dueOn,
				calendar.isProvisional(saved.receivedOn, saved.dueOn), agency.name());
	}

	/** Registers a question with its due date; the audit record says {@code summary} followed by that date. */
	private Consultation receive(AgencyInfo agency, Question question, LocalDate receivedOn, Long forwardedFrom,
			String actor, String summary) {
		Consultation received = Consultation.received(agency.id().value(), trackingNumber(receivedOn), question,
				records.clock().instant(), receivedOn, workingDays(agency), calendar, forwardedFrom);
		return records.save(received, agency, actor, "CONSULTATION_RECEIVED", summary + received.dueOn);
	}

	private void notifyAnswered(Consultation consultation, AgencyInfo agency) {
		if (consultation.askerEmail != null) {
			outbox.queue(consultation.askerEmail, "您的咨询已答复：" + consultation.trackingNumber, """
					%s：

					您向%s提出的咨询“%s”已答复。
					凭咨询编号 %s 可在 %s/consultations/lookup 查看答复内容。
					""".formatted(consultation.askerName, agency.name(), consultation.subject,
					consultation.trackingNumber, baseUrl));
		}
	}

	/** ZX + year + 8 random characters: unguessable, since the number alone shows the answer. */
	private String trackingNumber(LocalDate today) {
		StringBuilder code = new StringBuilder("ZX").append(today.getYear()).append('-');
		for (int i = 0; i < 8; i++) {
			code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

}
