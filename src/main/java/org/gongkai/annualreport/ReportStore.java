package org.gongkai.annualreport;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.identity.AgencyId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where reports are kept: the narrative of the draft being written, and the published versions, each a frozen
 * snapshot in the JSON form of annual-report.md §5 that later edits of the records do not change.
 */
@Component
class ReportStore {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final MessageSource messages;

	ReportStore(JdbcClient jdbc, ObjectMapper json, MessageSource messages) {
		this.jdbc = jdbc;
		this.json = json;
		this.messages = messages;
	}

	Optional<Narrative> narrative(AgencyId agency, int year) {
		return jdbc.sql("select narrative from annual_report_draft where agency_id = :agency and year = :year")
			.param("agency", agency.value())
			.param("year", year)
			.query(String.class)
			.optional()
			.map(text -> json.readValue(text, Narrative.class));
	}

	void saveNarrative(AgencyId agency, int year, Narrative narrative, String by, Instant at) {
		jdbc.sql("""
				insert into annual_report_draft (agency_id, year, narrative, updated_by, updated_at)
				values (:agency, :year, :narrative, :by, :at)
				on conflict (agency_id, year) do update set narrative = excluded.narrative,
				  updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.param("agency", agency.value())
			.param("year", year)
			.param("narrative", json.writeValueAsString(narrative))
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** A published version: its number, whether a later one replaced it, and the snapshot. */
	record Version(long id, int version, boolean superseded, JsonNode snapshot) {
	}

	/** The versions of one report, newest first. */
	List<Version> versions(AgencyId agency, int year) {
		return jdbc.sql("""
				select id, version, superseded_at is not null as superseded, snapshot from annual_report_version
				where agency_id = :agency and year = :year order by version desc""")
			.param("agency", agency.value())
			.param("year", year)
			.query((rs, row) -> new Version(rs.getLong("id"), rs.getInt("version"), rs.getBoolean("superseded"),
					json.readTree(rs.getString("snapshot"))))
			.list();
	}

	Optional<Version> current(AgencyId agency, int year) {
		return versions(agency, year).stream().filter(version -> !version.superseded()).findFirst();
	}

	/** The current published version of each year's report of an agency, newest year first. */
	List<AnnualReports.PublishedYear> publishedYears(AgencyId agency) {
		return jdbc.sql("""
				select year, version, published_at from annual_report_version
				where agency_id = :agency and superseded_at is null order by year desc""")
			.param("agency", agency.value())
			.query((rs, row) -> new AnnualReports.PublishedYear(rs.getInt("year"), rs.getInt("version"),
					rs.getTimestamp("published_at").toInstant()))
			.list();
	}

	/** When the first version of a report was published, if it was. */
	Optional<Instant> publishedAt(AgencyId agency, int year) {
		return jdbc.sql("""
				select min(published_at) from annual_report_version where agency_id = :agency and year = :year""")
			.param("agency", agency.value())
			.param("year", year)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	/** Freezes {@code report} as the next version; the current one, if any, becomes superseded. */
	int publish(AgencyId agency, AnnualReport report, String by, Instant at) {
		int next = jdbc.sql("""
				select coalesce(max(version), 0) + 1 from annual_report_version where agency_id = :agency and year = :year""")
			.param("agency", agency.value())
			.param("year", report.year())
			.query(Integer.class)
			.single();
		jdbc.sql("""
				update annual_report_version set superseded_at = :at
				where agency_id = :agency and year = :year and superseded_at is null""")
			.param("at", Timestamp.from(at))
			.param("agency", agency.value())
			.param("year", report.year())
			.update();
		AnnualReport frozen = new AnnualReport(report.agencyCode(), report.agencyName(), report.year(),
				AnnualReport.Status.PUBLISHED, next, at, report.figures(), report.narrative(), report.filled(),
				report.checks());
		jdbc.sql("""
				insert into annual_report_version (agency_id, year, version, snapshot, published_at, published_by)
				values (:agency, :year, :version, :snapshot, :at, :by)""")
			.param("agency", agency.value())
			.param("year", report.year())
			.param("version", next)
			.param("snapshot", json.writeValueAsString(ReportJson.write(frozen, messages)))
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
		return next;
	}

	/**
	 * Where the report stands ({@link ReportTransitions}): published or not from its versions; sent back, or with a
	 * correction requested, from the state kept by the last send-back.
	 */
	ReportState state(AgencyId agency, int year) {
		boolean published = jdbc.sql("""
				select count(*) from annual_report_version where agency_id = :agency and year = :year""")
			.param("agency", agency.value())
			.param("year", year)
			.query(Long.class)
			.single() > 0;
		Optional<ReportState> kept = jdbc.sql("select state from annual_report_state where agency_id = :agency and year = :year")
			.param("agency", agency.value())
			.param("year", year)
			.query(String.class)
			.optional()
			.map(ReportState::valueOf);
		if (published) {
			return kept.filter(ReportState.CORRECTION_REQUESTED::equals).orElse(ReportState.PUBLISHED);
		}
		return kept.filter(ReportState.SENT_BACK::equals).orElse(ReportState.DRAFT);
	}

	/**
	 * Moves the report by {@code action} through the table (a refused move is 409) and keeps the state reached: a
	 * send-back's state with the comment that caused it, the others by forgetting the kept one; a move that stays in
	 * a kept state without a new comment (saving while a correction is requested) leaves it as it is.
	 */
	ReportState move(AgencyId agency, int year, ReportAction action, Long commentId, Instant at) {
		ReportState to = ReportTransitions.TABLE.move(state(agency, year), action);
		boolean kept = to == ReportState.SENT_BACK || to == ReportState.CORRECTION_REQUESTED;
		if (!kept) {
			jdbc.sql("delete from annual_report_state where agency_id = :agency and year = :year")
				.param("agency", agency.value())
				.param("year", year)
				.update();
		}
		else if (commentId != null) {
			jdbc.sql("""
					insert into annual_report_state (agency_id, year, state, comment_id, changed_at)
					values (:agency, :year, :state, :comment, :at)
					on conflict (agency_id, year) do update set state = excluded.state,
					  comment_id = excluded.comment_id, changed_at = excluded.changed_at""")
				.param("agency", agency.value())
				.param("year", year)
				.param("state", to.name())
				.param("comment", commentId)
				.param("at", Timestamp.from(at))
				.update();
		}
		return to;
	}

	void fileDocument(AgencyId agency, int year, int version, long documentId) {
		jdbc.sql("""
				update annual_report_version set document_id = :document
				where agency_id = :agency and year = :year and version = :version""")
			.param("document", documentId)
			.param("agency", agency.value())
			.param("year", year)
			.param("version", version)
			.update();
	}

	Map<String, Object> json(AnnualReport report) {
		return ReportJson.write(report, messages);
	}

	JsonNode parse(String text) {
		return json.readTree(text);
	}

}
