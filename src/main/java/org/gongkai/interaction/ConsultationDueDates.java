package org.gongkai.interaction;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.calendar.CalendarChanged;
import org.gongkai.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a year of the calendar changes, the unanswered consultations' due dates are counted again through the
 * aggregate; each one that moved leaves an audit record saying why ("因 2027 年节假日安排录入，答复期限由 … 调整为 …").
 */
@Component
class ConsultationDueDates {

	private static final Logger log = LoggerFactory.getLogger(ConsultationDueDates.class);

	private final WorkingDayCalendar calendar;

	private final InteractionRecords records;

	private final JdbcClient jdbc;

	ConsultationDueDates(WorkingDayCalendar calendar, InteractionRecords records, JdbcClient jdbc) {
		this.calendar = calendar;
		this.records = records;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(CalendarChanged change) {
		int moved = 0;
		List<Long> open = jdbc.sql("select id from consultation c where " + ReplyDeadlines.CONSULTATION_OPEN_SQL)
			.query(Long.class)
			.list();
		for (Consultation consultation : records.consultations(open)) {
			LocalDate before = consultation.dueOn;
			if (consultation.recount(calendar)) {
				records.save(consultation, records.byId(consultation.agencyId), "system",
						"CONSULTATION_DUE_RECOUNTED",
						change.cause() + "，答复期限由 " + before + " 调整为 " + consultation.dueOn);
				moved++;
			}
		}
		log.info("Calendar {} {}: {} unanswered consultations got a new due date", change.year(), change.change(),
				moved);
	}

}
