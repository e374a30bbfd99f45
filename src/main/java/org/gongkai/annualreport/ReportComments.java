package org.gongkai.annualreport;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervising office reads a subordinate agency's report without changing it and sends it back with a comment
 * (issue 18 §5): the comment is kept, audited and shown to the agency on its report page. The report stays the
 * agency's statutory document (OGI art. 49): only the agency saves and publishes it.
 */
@Service
public class ReportComments {

	static final int MAX_LENGTH = 2000;

	private final AgencyDirectory agencies;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReportComments(AgencyDirectory agencies, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** One comment sent with a report sent back. */
	public record Comment(String comment, String author, String authorAgency, Instant createdAt) {
	}

	/** Whether the staff member supervises the agency: a SUPERVISOR of an agency above it. */
	static boolean supervises(Staff staff, AgencyInfo agency) {
		return staff.has(Role.SUPERVISOR) && staff.canRead(agency) && !agency.id().equals(staff.agencyId());
	}

	@Transactional
	public void sendBack(Staff staff, String agencyCode, int year, String comment) {
		AgencyInfo agency = agencies.readable(staff, agencyCode);
		if (!supervises(staff, agency)) {
			throw DomainException.notPermitted("annualreport.sendBack.supervisorOnly");
		}
		String text = comment == null ? "" : comment.strip();
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			throw DomainException.invalid("comment", "annualreport.sendBack.comment", MAX_LENGTH);
		}
		String office = agencies.find(staff.agencyId()).map(AgencyInfo::name).orElse(staff.agencyCode());
		jdbc.sql("""
				insert into annual_report_comment (agency_id, year, comment, author, author_agency, created_at)
				values (:agency, :year, :comment, :author, :office, :at)""")
			.param("agency", agency.id().value())
			.param("year", year)
			.param("comment", text)
			.param("author", staff.username())
			.param("office", office)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		events.publishEvent(new ReportSentBack(agency.code(), year, office, staff.username()));
	}

	/** The comments on an agency's report of a year, newest first; for the agency and its supervisors. */
	public List<Comment> of(Staff staff, String agencyCode, int year) {
		AgencyInfo agency = agencies.readable(staff, agencyCode);
		return jdbc.sql("""
				select comment, author, author_agency, created_at from annual_report_comment
				where agency_id = :agency and year = :year order by created_at desc, id desc""")
			.param("agency", agency.id().value())
			.param("year", year)
			.query((rs, row) -> new Comment(rs.getString("comment"), rs.getString("author"),
					rs.getString("author_agency"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

}
