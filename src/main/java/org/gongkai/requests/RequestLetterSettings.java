package org.gongkai.requests;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.gongkai.audit.AuditableEvent;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each agency's {@link LetterSettings}, kept as versions (a change adds a row, none is overwritten) and audited. The
 * head of the office (LEADER) or an administrator of the agency changes them; every officer reads them.
 */
@Service
public class RequestLetterSettings {

	private final JdbcClient jdbc;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	RequestLetterSettings(JdbcClient jdbc, AgencyDirectory agencies, ApplicationEventPublisher events,
			java.time.Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	/** A change of an agency's letter settings, for the audit log. */
	public record LetterSettingsChanged(String agencyCode, String summary, String actor) implements AuditableEvent {

		@Override
		public String action() {
			return "REQUEST_LETTER_SETTINGS_CHANGED";
		}

		@Override
		public String subject() {
			return "letter-settings:" + agencyCode;
		}

	}

	/** The settings of an agency the staff member may read, and whether they may change them. */
	public record Editable(AgencyInfo agency, LetterSettings settings, boolean mayChange,
			List<LetterSettings> history) {
	}

	public Editable of(Staff staff, String agencyCode) {
		AgencyInfo agency = agencies.readable(staff, agencyCode);
		return new Editable(agency, current(agency), mayChange(staff, agency), history(agency));
	}

	/** Saves a new version of the agency's settings. */
	@Transactional
	public LetterSettings save(Staff staff, String agencyCode, LetterSettings given) {
		AgencyInfo agency = agencies.readable(staff, agencyCode);
		if (!mayChange(staff, agency)) {
			throw DomainException.notPermitted("requests.letterSettings.leaderOnly");
		}
		int version = current(agency).version() + 1;
		LetterSettings saved = new LetterSettings(given.reconsiderationBody(), given.court(), given.contactPerson(),
				given.contactPhone(), given.closingParagraph(), version, staff.username(), clock.instant());
		jdbc.sql("""
				insert into request_letter_settings (agency_id, version, reconsideration_body, court, contact_person,
				  contact_phone, closing_paragraph, changed_by, changed_at)
				values (:agency, :version, :body, :court, :person, :phone, :closing, :by, :at)""")
			.param("agency", agency.id().value())
			.param("version", version)
			.param("body", saved.reconsiderationBody())
			.param("court", saved.court())
			.param("person", saved.contactPerson())
			.param("phone", saved.contactPhone())
			.param("closing", saved.closingParagraph())
			.param("by", staff.username())
			.param("at", Timestamp.from(saved.changedAt()))
			.update();
		events.publishEvent(new LetterSettingsChanged(agency.code(), saved.summary(), staff.username()));
		return saved;
	}

	/**
	 * The agency's latest settings, else defaults: the people's government above a bureau hears its reconsideration
	 * (《行政复议法》 art. 24), the court and contact are left for the agency to name.
	 */
	LetterSettings current(AgencyInfo agency) {
		return latest(agency.id()).orElseGet(() -> new LetterSettings(defaultBody(agency),
				"有管辖权的人民法院", "本机关政府信息公开工作机构", "（未设置）", null, 0, "system", null));
	}

	private Optional<LetterSettings> latest(AgencyId agency) {
		return jdbc.sql(SELECT + " where agency_id = :agency order by version desc limit 1")
			.param("agency", agency.value())
			.query(RequestLetterSettings::row)
			.optional();
	}

	private List<LetterSettings> history(AgencyInfo agency) {
		return jdbc.sql(SELECT + " where agency_id = :agency order by version desc limit 20")
			.param("agency", agency.id().value())
			.query(RequestLetterSettings::row)
			.list();
	}

	private static final String SELECT = """
			select reconsideration_body, court, contact_person, contact_phone, closing_paragraph, version, changed_by,
			       changed_at
			from request_letter_settings""";

	private static LetterSettings row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new LetterSettings(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getInt(6), rs.getString(7), rs.getTimestamp(8).toInstant());
	}

	private String defaultBody(AgencyInfo agency) {
		return Optional.ofNullable(agency.parentCode())
			.flatMap(agencies::findByCode)
			.map(AgencyInfo::name)
			.orElse("本机关的上一级行政机关");
	}

	private static boolean mayChange(Staff staff, AgencyInfo agency) {
		return staff.canActFor(agency, Role.LEADER) || staff.canActFor(agency, Role.ADMIN);
	}

}
