package org.gongkai.interaction;

import java.time.LocalDate;

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

	private final ConsultationRepository consultations;

	private final WorkingDayCalendar calendar;

	private final Offices offices;

	private final JdbcClient jdbc;

	ConsultationDueDates(ConsultationRepository consultations, WorkingDayCalendar calendar, Offices offices,
			JdbcClient jdbc) {
		this.consultations = consultations;
		this.calendar = calendar;
		this.offices = offices;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(CalendarChanged change) {
		int moved = 0;
		for (Long id : jdbc.sql("select id from consultation where status = 'RECEIVED'").query(Long.class).list()) {
			Consultation consultation = consultations.findById(id).orElseThrow();
			LocalDate before = consultation.dueOn;
			if (consultation.recount(calendar)) {
				consultations.save(consultation);
				offices.changed("system", offices.byId(consultation.agencyId), "CONSULTATION_DUE_RECOUNTED",
						"consultation:" + consultation.trackingNumber,
						change.cause() + "，答复期限由 " + before + " 调整为 " + consultation.dueOn);
				moved++;
			}
		}
		log.info("Calendar {} {}: {} unanswered consultations got a new due date", change.year(), change.change(),
				moved);
	}

}
