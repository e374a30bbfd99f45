package org.gongkai.interaction;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.identity.AgencyId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures of one agency's year for the annual report (section 一(五) and 六), each counted in SQL from the
 * ledgers as of the year's end (or today, during the year).
 */
@Service
public class InteractionStatistics {

	private final JdbcClient jdbc;

	private final Clock clock;

	InteractionStatistics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public InteractionFigures forYear(AgencyId agency, int year) {
		LocalDate start = LocalDate.of(year, 1, 1);
		LocalDate end = LocalDate.of(year, 12, 31);
		LocalDate today = LocalDate.now(clock);
		LocalDate asOf = today.isBefore(end) ? today : end;
		return new InteractionFigures(year, asOf, consultations(agency, start, end, asOf),
				proposals(agency, start, end, asOf), findings(agency, start, end, asOf), training(agency, start, end),
				complaints(agency, start, end, asOf));
	}

	private InteractionFigures.Consultations consultations(AgencyId agency, LocalDate start, LocalDate end,
			LocalDate asOf) {
		return query("""
				select count(*),
				  count(*) filter (where status = 'ANSWERED' and handled_on <= :asOf),
				  count(*) filter (where status = 'FORWARDED' and handled_on <= :asOf),
				  count(*) filter (where status = 'PETITION' and handled_on <= :asOf),
				  count(*) filter (where status = 'REJECTED' and handled_on <= :asOf),
				  count(*) filter (where handled_on <= :asOf and handled_on <= due_on),
				  count(*) filter (where handled_on is null or handled_on > :asOf),
				  count(*) filter (where coalesce(least(handled_on, :asOf), :asOf) > due_on),
				  count(*) filter (where coalesce(least(handled_on, :asOf), :asOf) > limit_on)
				from consultation where agency_id = :agency and received_on between :start and :end""", agency,
				start, end, asOf)
			.query((rs, row) -> new InteractionFigures.Consultations(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)))
			.single();
	}

	private InteractionFigures.Proposals proposals(AgencyId agency, LocalDate start, LocalDate end, LocalDate asOf) {
		return query("""
				select count(*), count(*) filter (where kind = 'DEPUTY_SUGGESTION'),
				  count(*) filter (where kind = 'CPPCC_PROPOSAL'), count(*) filter (where role = 'LEAD'),
				  count(*) filter (where role = 'COOPERATING'), count(*) filter (where replied_on <= :asOf),
				  count(*) filter (where replied_on <= :asOf and replied_on <= due_on),
				  count(*) filter (where outcome_class = 'A' and replied_on <= :asOf),
				  count(*) filter (where outcome_class = 'B' and replied_on <= :asOf),
				  count(*) filter (where outcome_class = 'C' and replied_on <= :asOf),
				  count(*) filter (where outcome_class = 'D' and replied_on <= :asOf),
				  count(*) filter (where satisfaction = 'SATISFIED' and feedback_on <= :asOf),
				  count(*) filter (where satisfaction = 'BASICALLY_SATISFIED' and feedback_on <= :asOf),
				  count(*) filter (where satisfaction = 'DISSATISFIED' and feedback_on <= :asOf),
				  count(*) filter (where reply_published_on <= :asOf)
				from proposal where agency_id = :agency and assigned_on between :start and :end""", agency, start,
				end, asOf)
			.query((rs, row) -> new InteractionFigures.Proposals(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
					rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15)))
			.single();
	}

	private InteractionFigures.Findings findings(AgencyId agency, LocalDate start, LocalDate end, LocalDate asOf) {
		return query("""
				select count(*), count(*) filter (where closed_on <= :asOf),
				  count(*) filter (where coalesce(least(closed_on, :asOf), :asOf) > deadline)
				from finding where agency_id = :agency and found_on between :start and :end""", agency, start, end,
				asOf)
			.query((rs, row) -> new InteractionFigures.Findings(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	private InteractionFigures.Training training(AgencyId agency, LocalDate start, LocalDate end) {
		return query("""
				select count(*), coalesce(sum(attendees), 0) from training_record
				where agency_id = :agency and held_on between :start and :end""", agency, start, end, end)
			.query((rs, row) -> new InteractionFigures.Training(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	private InteractionFigures.Complaints complaints(AgencyId agency, LocalDate start, LocalDate end,
			LocalDate asOf) {
		return query("""
				select count(*), count(*) filter (where handled_on <= :asOf) from disclosure_complaint
				where agency_id = :agency and received_on between :start and :end""", agency, start, end, asOf)
			.query((rs, row) -> new InteractionFigures.Complaints(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	private JdbcClient.StatementSpec query(String sql, AgencyId agency, LocalDate start, LocalDate end,
			LocalDate asOf) {
		return jdbc.sql(sql)
			.param("agency", agency.value())
			.param("start", start)
			.param("end", end)
			.param("asOf", asOf);
	}

}
