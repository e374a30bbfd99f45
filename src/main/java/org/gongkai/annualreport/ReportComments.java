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
 * (issue 18 §5): the comment is kept, audited and shown to the agency on its report page and dashboard, and the
 * send-back moves the report ({@link ReportTransitions}): a draft is 被退回（待修改） until the agency saves it again;
 * a published report stays published and carries a correction request. The report stays the agency's statutory
 * document (OGI art. 49): only the agency saves and publishes it.
 */
@Service
public class ReportComments {

	static final int MAX_LENGTH = 2000;

	private final AgencyDirectory agencies;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final ReportStore store;

	private final Clock clock;

	ReportComments(AgencyDirectory agencies, JdbcClient jdbc, ReportStore store, ApplicationEventPublisher events,
			Clock clock) {
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One comment sent with a report sent back; {@code correction} when it asked for a correction of a published
	 * report rather than sending a draft back.
	 */
	public record Comment(String comment, String author, String authorAgency, Instant createdAt, boolean correction) {

		/** The label of what the comment did, 退回 or 更正请求. */
		public String kindKey() {
			return correction ? "annualreport.comment.correction" : "annualreport.comment.sentBack";
		}

	}

	/**
	 * A report of the staff member's own agency waiting for it after a send-back: its year, its state (sent back, or
	 * published with a correction requested) and the comment that put it there.
	 */
	public record Waiting(int year, ReportState state, String comment, String authorAgency) {
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
		ReportState to = ReportTransitions.TABLE.move(store.state(agency.id(), year), ReportAction.SEND_BACK);
		boolean correction = to == ReportState.CORRECTION_REQUESTED;
		Instant now = clock.instant();
		long id = jdbc.sql("""
				insert into annual_report_comment (agency_id, year, comment, author, author_agency, created_at,
				  correction)
				values (:agency, :year, :comment, :author, :office, :at, :correction) returning id""")
			.param("agency", agency.id().value())
			.param("year", year)
			.param("comment", text)
			.param("author", staff.username())
			.param("office", office)
			.param("at", Timestamp.from(now))
			.param("correction", correction)
			.query(Long.class)
			.single();
		store.move(agency.id(), year, ReportAction.SEND_BACK, id, now);
		events.publishEvent(new ReportSentBack(agency.code(), year, office, staff.username(), correction));
	}

	/**
	 * The reports of the staff member's own agency left sent back or with a correction requested, newest year
	 * first, with the comment that did it: what its dashboard shows until the agency saves or publishes.
	 */
	public List<Waiting> waiting(Staff staff) {
		return jdbc.sql("""
				select s.year, s.state, c.comment, c.author_agency from annual_report_state s
				join annual_report_comment c on c.id = s.comment_id
				where s.agency_id = :agency order by s.year desc""")
			.param("agency", staff.agencyId().value())
			.query((rs, row) -> new Waiting(rs.getInt("year"), ReportState.valueOf(rs.getString("state")),
					rs.getString("comment"), rs.getString("author_agency")))
			.list();
	}

	/** The comment that put the report in its current state, if a send-back did. */
	java.util.Optional<String> pending(AgencyInfo agency, int year) {
		return jdbc.sql("""
				select c.comment from annual_report_state s join annual_report_comment c on c.id = s.comment_id
				where s.agency_id = :agency and s.year = :year""")
			.param("agency", agency.id().value())
			.param("year", year)
			.query(String.class)
			.optional();
	}

	/** The comments on an agency's report of a year, newest first; for the agency and its supervisors. */
	public List<Comment> of(Staff staff, String agencyCode, int year) {
		AgencyInfo agency = agencies.readable(staff, agencyCode);
		return jdbc.sql("""
				select comment, author, author_agency, created_at, correction from annual_report_comment
				where agency_id = :agency and year = :year order by created_at desc, id desc""")
			.param("agency", agency.id().value())
			.param("year", year)
			.query((rs, row) -> new Comment(rs.getString("comment"), rs.getString("author"),
					rs.getString("author_agency"), rs.getTimestamp("created_at").toInstant(),
					rs.getBoolean("correction")))
			.list();
	}

}
