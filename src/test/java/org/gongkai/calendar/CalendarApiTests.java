package org.gongkai.calendar;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public calendar API on the database-backed calendar. */
@IntegrationTest
class CalendarApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void givesTheStatutoryDeadlineWithoutLogin() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-02-10").param("workingDays", "20"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2026-02-10"))
			.andExpect(jsonPath("$.workingDays").value(20))
			.andExpect(jsonPath("$.deadline").value("2026-03-16"));
	}

	@Test
	void answersWhetherADayIsWorkedAndCountsSpans() throws Exception {
		mvc.perform(get("/api/v1/calendar/working-day").param("date", "2025-10-11"))
			.andExpect(jsonPath("$.workingDay").value(true));
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2025-01-27").param("to", "2025-02-09"))
			.andExpect(jsonPath("$.workingDays").value(4));
	}

	@Test
	void namesTheParameterAtFault() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-02-30").param("workingDays", "20"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-02-10"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("workingDays"));
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-02-10").param("workingDays", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("workingDays"));
	}

	@Test
	void countsAYearWithoutANoticeProvisionallyAndSaysSo() throws Exception {
		// No test enters the notice of 2034: 国庆 1–3 October from a Sunday, made up on Wednesday the 4th.
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2034-09-28").param("workingDays", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deadline").value("2034-10-10"))
			.andExpect(jsonPath("$.provisional").value(true));
		mvc.perform(get("/api/v1/calendar/working-day").param("date", "2034-10-04"))
			.andExpect(jsonPath("$.workingDay").value(false))
			.andExpect(jsonPath("$.provisional").value(true));
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-02-10").param("workingDays", "20"))
			.andExpect(jsonPath("$.provisional").value(false));
	}

}
