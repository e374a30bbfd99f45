package org.gongkai.requests;

import java.sql.Timestamp;
import java.time.LocalDate;

import org.gongkai.platform.Beijing;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For fixtures whose office acts on days before the one they run on: an application just sent through the portal
 * becomes one its applicant sent on an earlier day (at 10:00 in Beijing), since the office can confirm it no earlier
 * than that (OGI art. 31 (三)).
 */
public final class SentEarlier {

	private SentEarlier() {
	}

	public static void on(JdbcClient jdbc, long id, LocalDate day) {
		jdbc.sql("update disclosure_request set submitted_at = :at, last_action_on = :day where id = :id")
			.param("at", Timestamp.from(day.atTime(10, 0).atZone(Beijing.ZONE).toInstant()))
			.param("day", day)
			.param("id", id)
			.update();
		jdbc.sql("update request_event set on_date = :day where request_id = :id")
			.param("day", day)
			.param("id", id)
			.update();
	}

}
