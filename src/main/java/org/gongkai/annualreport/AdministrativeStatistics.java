package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.List;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyId;
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
 * The administrative statistics of table 二 (OGI art. 20 items 5, 6, 8), per agency and year, entered by the
 * disclosure office from the figures the business offices keep; a year without an entry counts as zero.
 */
@Service
public class AdministrativeStatistics {

	private static final String UPSERT = """
			insert into administrative_statistics (agency_id, year, licensing, penalty, enforcement, fees_wan_yuan)
			values (?, ?, ?, ?, ?, ?)
			on conflict (agency_id, year) do update set licensing = excluded.licensing, penalty = excluded.penalty,
			  enforcement = excluded.enforcement, fees_wan_yuan = excluded.fees_wan_yuan""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	AdministrativeStatistics(JdbcClient jdbc, JdbcTemplate batch, AgencyDirectory agencies,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.agencies = agencies;
		this.events = events;
	}

	public AdministrativeFigures of(AgencyId agency, int year) {
		return jdbc.sql("""
				select licensing, penalty, enforcement, fees_wan_yuan from administrative_statistics
				where agency_id = :agency and year = :year""")
			.param("agency", agency.value())
			.param("year", year)
			.query((rs, row) -> figures(year, rs))
			.optional()
			.orElse(AdministrativeFigures.none(year));
	}

	/** The figures of every agency that entered any for the year. */
	public java.util.Map<AgencyId, AdministrativeFigures> of(int year) {
		java.util.Map<AgencyId, AdministrativeFigures> all = new java.util.HashMap<>();
		jdbc.sql("""
				select agency_id, licensing, penalty, enforcement, fees_wan_yuan from administrative_statistics
				where year = :year""")
			.param("year", year)
			.query(rs -> {
				all.put(new AgencyId(rs.getLong("agency_id")), figures(year, rs));
			});
		return all;
	}

	private static AdministrativeFigures figures(int year, java.sql.ResultSet rs) throws java.sql.SQLException {
		return new AdministrativeFigures(year, rs.getLong("licensing"), rs.getLong("penalty"), rs.getLong("enforcement"),
				rs.getBigDecimal("fees_wan_yuan").stripTrailingZeros());
	}

	/** Enters (or corrects) the figures of one or more years; every change is audited. */
	@Transactional
	public void record(Staff officer, String agencyCode, List<AdministrativeFigures> years) {
		AgencyInfo agency = agencies.readable(officer, agencyCode);
		if (!officer.canActFor(agency, Role.OFFICER) && !officer.canActFor(agency, Role.ADMIN)) {
			throw DomainException.notPermitted("annualreport.officerOnly");
		}
		years.forEach(AdministrativeStatistics::validate);
		write(agency.id(), years);
		years.forEach(figures -> events.publishEvent(new AdministrativeStatisticsRecorded(agency.code(),
				figures.year(), figures.toString(), officer.username())));
	}

	/** Writes without checking the user; the history import has checked the document and audits it as a whole. */
	void write(AgencyId agency, List<AdministrativeFigures> years) {
		batch.batchUpdate(UPSERT, years, 100, (PreparedStatement statement, AdministrativeFigures figures) -> {
			statement.setLong(1, agency.value());
			statement.setInt(2, figures.year());
			statement.setLong(3, figures.licensing());
			statement.setLong(4, figures.penalty());
			statement.setLong(5, figures.enforcement());
			statement.setBigDecimal(6, figures.feesWanYuan());
		});
	}

	/** Non-negative counts; fees in 万元 with at most four decimal places. */
	static void validate(AdministrativeFigures figures) {
		if (figures.year() < 2008 || figures.year() > 2100) {
			throw DomainException.invalid("year", "annualreport.statistics.year");
		}
		if (figures.licensing() < 0 || figures.penalty() < 0 || figures.enforcement() < 0) {
			throw DomainException.invalid("licensing", "annualreport.statistics.negative");
		}
		BigDecimal fees = figures.feesWanYuan();
		if (fees == null || fees.signum() < 0 || fees.stripTrailingZeros().scale() > 4) {
			throw DomainException.invalid("feesWanYuan", "annualreport.statistics.fees");
		}
	}

}
