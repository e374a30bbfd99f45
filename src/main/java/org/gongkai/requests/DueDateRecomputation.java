package org.gongkai.requests;

import org.gongkai.calendar.CalendarChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Dates are stored for queries; when a year of the calendar changes, the open applications' are counted again. */
@Component
class DueDateRecomputation {

	private static final Logger log = LoggerFactory.getLogger(DueDateRecomputation.class);

	private final RequestHandling handling;

	DueDateRecomputation(RequestHandling handling) {
		this.handling = handling;
	}

	@ApplicationModuleListener
	void on(CalendarChanged event) {
		int changed = handling.recountDates(event);
		log.info("Calendar {} {}: the dates of {} open applications moved", event.year(), event.change(), changed);
	}

}
