package org.gongkai.requests;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes and reads the append-only timeline beside the aggregate, in the same transaction. */
@Component
class RequestTimeline {

	private final JdbcClient jdbc;

	private final Clock clock;

	RequestTimeline(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void append(long requestId, LocalDate on, String action, RequestStatus from, RequestStatus to, String actor,
			String details) {
		jdbc.sql("""
				insert into request_event (request_id, on_date, action, from_status, to_status, actor, details, recorded_at)
				values (:id, :on, :action, :from, :to, :actor, :details, :at)""")
			.param("id", requestId)
			.param("on", on)
			.param("action", action)
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("actor", actor)
			.param("details", details)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	List<RequestEvent> of(long requestId) {
		return jdbc.sql("""
				select on_date, action, from_status, to_status, actor, details, recorded_at
				from request_event where request_id = :id order by id""")
			.param("id", requestId)
			.query((rs, row) -> new RequestEvent(rs.getObject("on_date", LocalDate.class),
					rs.getString("action"),
					rs.getString("from_status") == null ? null : RequestStatus.valueOf(rs.getString("from_status")),
					RequestStatus.valueOf(rs.getString("to_status")), rs.getString("actor"), rs.getString("details"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

}
