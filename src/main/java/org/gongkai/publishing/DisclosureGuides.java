package org.gongkai.publishing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.gongkai.platform.Beijing;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.InvalidInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each agency keeps its disclosure guide up to date (OGI art. 12 ¶1: "应当及时更新"); saving it republishes it. */
@Service
public class DisclosureGuides {

	private final JdbcClient jdbc;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DisclosureGuides(JdbcClient jdbc, AgencyDirectory agencies, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	/** An agency's saved guide, which the site publishes, with the day it last changed. */
	public record SavedGuide(AgencyId agency, DisclosureGuide guide, LocalDate updatedOn) {
	}

	/** Every saved guide, by agency: what the site publishes (search indexes them). */
	public java.util.List<SavedGuide> saved() {
		return jdbc.sql("select * from disclosure_guide order by agency_id")
			.query((rs, row) -> new SavedGuide(new AgencyId(rs.getLong("agency_id")), guide(rs),
					LocalDate.ofInstant(rs.getTimestamp("updated_at").toInstant(), Beijing.ZONE)))
			.list();
	}

	private static DisclosureGuide guide(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new DisclosureGuide(rs.getString("classification"), rs.getString("arrangement"),
				rs.getString("how_to_obtain"), rs.getString("office_name"), rs.getString("address"),
				rs.getString("office_hours"), rs.getString("phone"), rs.getString("fax"), rs.getString("web_contact"));
	}

	public Optional<DisclosureGuide> of(AgencyId agency) {
		return jdbc.sql("select * from disclosure_guide where agency_id = :agency")
			.param("agency", agency.value())
			.query((rs, row) -> guide(rs))
			.optional();
	}

	/** The day the guide was last changed, in Beijing. */
	Optional<LocalDate> updatedOn(AgencyId agency) {
		return jdbc.sql("select updated_at from disclosure_guide where agency_id = :agency")
			.param("agency", agency.value())
			.query(Timestamp.class)
			.optional()
			.map(at -> LocalDate.ofInstant(at.toInstant(), Beijing.ZONE));
	}

	@Transactional
	public void save(Staff editor, String agencyCode, DisclosureGuide guide) {
		AgencyInfo agency = agencies.readable(editor, agencyCode);
		if (!editor.canActFor(agency, Role.EDITOR) && !editor.canActFor(agency, Role.ADMIN)) {
			throw DomainException.notPermitted("publishing.document.editorOnly");
		}
		InvalidInput.Violations violations = new InvalidInput.Violations();
		violations.require("classification", guide.classification());
		violations.require("arrangement", guide.arrangement());
		violations.require("howToObtain", guide.howToObtain());
		violations.require("officeName", guide.officeName());
		violations.require("address", guide.address());
		violations.require("officeHours", guide.officeHours());
		violations.require("phone", guide.phone());
		violations.throwIfAny();
		jdbc.sql("""
				insert into disclosure_guide (agency_id, classification, arrangement, how_to_obtain, office_name, address,
				                              office_hours, phone, fax, web_contact, updated_at, updated_by)
				values (:agency, :classification, :arrangement, :how, :office, :address, :hours, :phone, :fax, :web, :at, :by)
				on conflict (agency_id) do update set classification = excluded.classification,
				  arrangement = excluded.arrangement, how_to_obtain = excluded.how_to_obtain,
				  office_name = excluded.office_name, address = excluded.address, office_hours = excluded.office_hours,
				  phone = excluded.phone, fax = excluded.fax, web_contact = excluded.web_contact,
				  updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
			.param("agency", agency.id().value())
			.param("classification", guide.classification().strip())
			.param("arrangement", guide.arrangement().strip())
			.param("how", guide.howToObtain().strip())
			.param("office", guide.officeName().strip())
			.param("address", guide.address().strip())
			.param("hours", guide.officeHours().strip())
			.param("phone", guide.phone().strip())
			.param("fax", guide.fax())
			.param("web", guide.webContact())
			.param("at", Timestamp.from(clock.instant()))
			.param("by", editor.username())
			.update();
		events.publishEvent(new GuideUpdated(agency.code(), editor.username()));
	}

}
