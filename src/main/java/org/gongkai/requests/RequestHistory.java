package org.gongkai.requests;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.identity.AgencyId;
import org.gongkai.platform.Batches;
import org.gongkai.platform.Beijing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications brought in from an older system or a spreadsheet (annual-report.md §6): they keep their dates and
 * outcomes and are not run through the workflow again; a reference already present is left as it is, so the same
 * import twice changes nothing. The caller has validated the records and owns the transaction.
 */
@Service
public class RequestHistory {

	private final JdbcTemplate jdbc;

	RequestHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One application of the history; {@code closedOn} and {@code outcome} are both null while it is open. */
	public record HistoricRequest(String reference, ApplicantType applicantType, LocalDate receivedOn,
			LocalDate closedOn, Outcome outcome) {
	}

	/** @return how many applications were new */
	@Transactional
	public int importAll(AgencyId agency, List<HistoricRequest> requests) {
		int[][] counts = jdbc.batchUpdate("""
				insert into disclosure_request (agency_id, tracking_number, channel, status, submitted_at, received_on,
				  clock_started_on, applicant_type, applicant_name, applicant_key, description, outcome, closed_on,
				  last_action_on, reference)
				values (?, ?, 'IN_PERSON', ?, ?, ?, ?, ?, '（历史数据）', ?, ?, ?, ?, ?, ?)
				on conflict (agency_id, reference) do nothing""", requests, 1000, (statement, request) -> {
			statement.setLong(1, agency.value());
			statement.setString(2, "H" + agency.value() + "-" + request.reference());
			statement.setString(3, request.outcome() == null ? "RECEIVED" : "CLOSED");
			statement.setTimestamp(4,
					Timestamp.from(request.receivedOn().atStartOfDay(Beijing.ZONE).toInstant()));
			statement.setDate(5, Date.valueOf(request.receivedOn()));
			statement.setDate(6, Date.valueOf(request.receivedOn()));
			statement.setString(7, request.applicantType().name());
			statement.setString(8, "import:" + agency.value() + ":" + request.reference());
			statement.setString(9, "历史数据导入：" + request.reference());
			statement.setString(10, request.outcome() == null ? null : request.outcome().name());
			statement.setDate(11, request.closedOn() == null ? null : Date.valueOf(request.closedOn()));
			statement.setDate(12,
					Date.valueOf(request.closedOn() == null ? request.receivedOn() : request.closedOn()));
			statement.setString(13, request.reference());
		});
		return Batches.added(counts);
	}

}
