package org.gongkai.appeals;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyId;
import org.gongkai.platform.Batches;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering reconsideration and litigation cases about disclosure (OGI art. 51) and recording their decisions. An
 * OFFICER of the agency (or an ADMIN above it) registers and decides; anyone of the agency or above reads.
 */
@Service
public class Appeals {

	private static final String SELECT = """
			select id, kind, body, filed_on, request_tracking_number, decided_on, result, documents, reference
			from appeal""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	Appeals(JdbcClient jdbc, JdbcTemplate batch, AgencyDirectory agencies, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.agencies = agencies;
		this.events = events;
	}

	public List<AppealView> of(Staff staff, String agencyCode) {
		AgencyInfo agency = agencies.readable(staff, agencyCode);
		return jdbc.sql(SELECT + " where agency_id = :agency order by filed_on desc, id desc")
			.param("agency", agency.id().value())
			.query((rs, row) -> map(rs, staff, agency))
			.list();
	}

	/** One case, for anyone who reads its agency; for the others it does not exist. */
	public AppealView find(Staff staff, long id) {
		AgencyInfo agency = readableCase(staff, id);
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query((rs, row) -> map(rs, staff, agency)).single();
	}

	@Transactional
	public long register(Staff officer, String agencyCode, NewAppeal appeal) {
		AgencyInfo agency = writable(officer, agencyCode);
		if (appeal.kind() == null) {
			throw DomainException.invalid("kind", "validation.required");
		}
		if (appeal.filedOn() == null) {
			throw DomainException.invalid("filedOn", "validation.required");
		}
		long id = jdbc.sql("""
				insert into appeal (agency_id, kind, body, filed_on, request_tracking_number, documents, registered_by)
				values (:agency, :kind, :body, :filed, :request, :documents, :by) returning id""")
			.param("agency", agency.id().value())
			.param("kind", appeal.kind().name())
			.param("body", blankToNull(appeal.body()))
			.param("filed", appeal.filedOn())
			.param("request", blankToNull(appeal.requestTrackingNumber()))
			.param("documents", blankToNull(appeal.documents()))
			.param("by", officer.username())
			.query(Long.class)
			.single();
		events.publishEvent(
				new AppealFiled(id, agency.code(), appeal.kind(), appeal.filedOn().toString(), officer.username()));
		return id;
	}

	/** Records the decision of a pending case; a decided case is not decided again. */
	@Transactional
	public void decide(Staff officer, String agencyCode, long id, LocalDate decidedOn, AppealResult result) {
		AgencyInfo agency = writable(officer, agencyCode);
		AppealView appeal = jdbc.sql(SELECT + " where id = :id and agency_id = :agency")
			.param("id", id)
			.param("agency", agency.id().value())
			.query((rs, row) -> map(rs, officer, agency))
			.optional()
			.orElseThrow(() -> DomainException.notFound("appeals.notFound", id));
		AppealTransitions.TABLE.next(appeal.status(), AppealAction.DECIDE)
			.orElseThrow(() -> DomainException.conflict("result", "appeals.alreadyDecided"));
		if (decidedOn == null || result == null) {
			throw DomainException.invalid(decidedOn == null ? "decidedOn" : "result", "validation.required");
		}
		if (decidedOn.isBefore(appeal.filedOn())) {
			throw DomainException.invalid("decidedOn", "appeals.decidedBeforeFiled");
		}
		jdbc.sql("update appeal set decided_on = :on, result = :result where id = :id")
			.param("on", decidedOn)
			.param("result", result.name())
			.param("id", id)
			.update();
		events.publishEvent(new AppealDecided(id, agency.code(), result, decidedOn.toString(), officer.username()));
	}

	/**
	 * Brings in cases of an older system (annual-report.md §6); a reference already present is left as it is, so the
	 * same import twice changes nothing. Runs in the caller's transaction.
	 *
	 * @return how many cases were new
	 */
	@Transactional
	public int importCases(AgencyId agency, List<ImportedAppeal> cases) {
		int[][] counts = batch.batchUpdate("""
				insert into appeal (agency_id, kind, filed_on, decided_on, result, registered_by, reference)
				values (?, ?, ?, ?, ?, 'import', ?) on conflict (agency_id, reference) do nothing""", cases, 500,
				(statement, imported) -> {
					statement.setLong(1, agency.value());
					statement.setString(2, imported.kind().name());
					statement.setDate(3, Date.valueOf(imported.filedOn()));
					statement.setDate(4, imported.decidedOn() == null ? null : Date.valueOf(imported.decidedOn()));
					statement.setString(5, imported.result() == null ? null : imported.result().name());
					statement.setString(6, imported.reference());
				});
		return Batches.added(counts);
	}

	/** The agency of a case the staff member reads; any other case answers "not found". */
	AgencyInfo readableCase(Staff staff, long id) {
		return jdbc.sql("select agency_id from appeal where id = :id")
			.param("id", id)
			.query(Long.class)
			.optional()
			.flatMap(agency -> agencies.find(new AgencyId(agency)))
			.filter(staff::canRead)
			.orElseThrow(() -> DomainException.notFound("appeals.notFound", id));
	}

	/** The agency of a case the staff member may work on (register, decide, add documents). */
	AgencyInfo writableCase(Staff officer, long id) {
		return writable(officer, readableCase(officer, id));
	}

	private AgencyInfo writable(Staff officer, String agencyCode) {
		return writable(officer, agencies.readable(officer, agencyCode));
	}

	private static AgencyInfo writable(Staff officer, AgencyInfo agency) {
		if (!works(officer, agency)) {
			throw DomainException.notPermitted("appeals.officerOnly");
		}
		return agency;
	}

	/** An OFFICER of the agency, or an ADMIN above it, registers and decides its cases and files their documents. */
	private static boolean works(Staff staff, AgencyInfo agency) {
		return staff.canActFor(agency, Role.OFFICER) || staff.canActFor(agency, Role.ADMIN);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** A case as this staff member sees it, with the actions the table allows now that they may take. */
	static AppealView map(ResultSet rs, Staff staff, AgencyInfo agency) throws SQLException {
		String result = rs.getString("result");
		AppealStatus status = result == null ? AppealStatus.PENDING : AppealStatus.DECIDED;
		return new AppealView(rs.getLong("id"), AppealKind.valueOf(rs.getString("kind")), rs.getString("body"),
				rs.getObject("filed_on", LocalDate.class), rs.getString("request_tracking_number"),
				rs.getObject("decided_on", LocalDate.class), result == null ? null : AppealResult.valueOf(result),
				rs.getString("documents"), rs.getString("reference"),
				works(staff, agency) ? AppealTransitions.allowedActions(status) : Set.of());
	}

}
