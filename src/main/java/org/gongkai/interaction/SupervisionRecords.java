package org.gongkai.interaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.InvalidInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records the report's supervision paragraph draws on beside inspections: training sessions (时间, 人次, 内容)
 * and complaints about disclosure work with how each was handled. Kept by the agency's disclosure office.
 */
@Service
public class SupervisionRecords {

	private final JdbcClient jdbc;

	private final InteractionRecords records;

	SupervisionRecords(JdbcClient jdbc, InteractionRecords records) {
		this.jdbc = jdbc;
		this.records = records;
	}

	@Transactional
	public long addTraining(Staff actor, String agencyCode, LocalDate heldOn, String topic, Integer attendees,
			BigDecimal hours) {
		AgencyInfo agency = records.readable(actor, agencyCode);
		InteractionRoles.requireHandler(actor, agency);
		InvalidInput.Violations v = new InvalidInput.Violations();
		checkDay(v, "heldOn", heldOn);
		v.require("topic", topic);
		if (attendees == null || attendees < 1) {
			v.add("attendees", "interaction.training.attendees");
		}
		if (hours != null && (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(1000)) >= 0)) {
			v.add("hours", "interaction.training.hours");
		}
		v.throwIfAny();
		long id = jdbc.sql("""
				insert into training_record (agency_id, held_on, topic, attendees, hours, recorded_by)
				values (:agency, :on, :topic, :attendees, :hours, :by) returning id""")
			.param("agency", agency.id().value())
			.param("on", heldOn)
			.param("topic", topic.strip())
			.param("attendees", attendees)
			.param("hours", hours)
			.param("by", actor.username())
			.query(Long.class)
			.single();
		records.changed(actor, agency, "TRAINING_RECORDED", "training:" + id,
				heldOn + ", " + attendees + " attendees");
		return id;
	}

	@Transactional
	public long addComplaint(Staff actor, String agencyCode, LocalDate receivedOn, String complainant,
			String summary) {
		AgencyInfo agency = records.readable(actor, agencyCode);
		InteractionRoles.requireHandler(actor, agency);
		InvalidInput.Violations v = new InvalidInput.Violations();
		checkDay(v, "receivedOn", receivedOn);
		v.require("summary", summary);
		v.throwIfAny();
		long id = jdbc.sql("""
				insert into disclosure_complaint (agency_id, received_on, complainant, summary, recorded_by)
				values (:agency, :on, :complainant, :summary, :by) returning id""")
			.param("agency", agency.id().value())
			.param("on", receivedOn)
			.param("complainant", QuestionRules.strip(complainant))
			.param("summary", summary.strip())
			.param("by", actor.username())
			.query(Long.class)
			.single();
		records.changed(actor, agency, "COMPLAINT_RECEIVED", "complaint:" + id, "receivedOn=" + receivedOn);
		return id;
	}

	/** Records how a complaint was handled; once. */
	@Transactional
	public void handleComplaint(Staff actor, long id, LocalDate handledOn, String handling) {
		Complaint complaint = complaints(actor).stream()
			.filter(c -> c.id() == id)
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("interaction.complaint.notFound", id));
		AgencyInfo agency = records.readable(actor, complaint.agencyCode());
		InteractionRoles.requireHandler(actor, agency);
		if (complaint.handledOn() != null) {
			throw DomainException.conflict(null, "interaction.complaint.handled");
		}
		InvalidInput.Violations v = new InvalidInput.Violations();
		checkDay(v, "handledOn", handledOn);
		v.require("handling", handling);
		if (handledOn != null && handledOn.isBefore(complaint.receivedOn())) {
			v.add("handledOn", "interaction.beforeStart", complaint.receivedOn());
		}
		v.throwIfAny();
		jdbc.sql("update disclosure_complaint set handling = :handling, handled_on = :on where id = :id")
			.param("handling", handling.strip())
			.param("on", handledOn)
			.param("id", id)
			.update();
		records.changed(actor, agency, "COMPLAINT_HANDLED", "complaint:" + id, "handledOn=" + handledOn);
	}

	/** Training sessions of the agencies the caller may read, latest first. */
	public List<TrainingRecord> training(Staff staff) {
		AgencyScope agencies = records.readableAgencies(staff);
		return jdbc.sql("""
				select id, agency_id, held_on, topic, attendees, hours, recorded_by from training_record
				where agency_id in (:agencies) order by held_on desc, id desc""")
			.param("agencies", agencies.ids())
			.query((rs, row) -> {
				AgencyInfo agency = agencies.get(rs.getLong("agency_id"));
				return new TrainingRecord(rs.getLong("id"), agency.code(), agency.name(),
						rs.getObject("held_on", LocalDate.class), rs.getString("topic"), rs.getInt("attendees"),
						rs.getBigDecimal("hours"), rs.getString("recorded_by"));
			})
			.list();
	}

	/** Complaints of the agencies the caller may read, unhandled first, then latest first. */
	public List<Complaint> complaints(Staff staff) {
		AgencyScope agencies = records.readableAgencies(staff);
		return jdbc.sql("""
				select id, agency_id, received_on, complainant, summary, handling, handled_on, recorded_by
				from disclosure_complaint where agency_id in (:agencies)
				order by handled_on is not null, received_on desc, id desc""")
			.param("agencies", agencies.ids())
			.query((rs, row) -> {
				AgencyInfo agency = agencies.get(rs.getLong("agency_id"));
				return new Complaint(rs.getLong("id"), agency.code(), agency.name(),
						rs.getObject("received_on", LocalDate.class), rs.getString("complainant"),
						rs.getString("summary"), rs.getString("handling"), rs.getObject("handled_on", LocalDate.class),
						rs.getString("recorded_by"));
			})
			.list();
	}

	private void checkDay(InvalidInput.Violations v, String field, LocalDate day) {
		if (day == null) {
			v.add(field, "validation.required");
		}
		else if (day.isAfter(records.today())) {
			v.add(field, "interaction.future", day);
		}
	}

}
