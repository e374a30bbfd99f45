package org.gongkai.publishing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.identity.AgencyCreated;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each agency's catalog (政府信息公开目录, OGI art. 12): created from {@link CatalogTemplate} when the agency joins
 * the tree, and at start-up for agencies that have none yet.
 */
@Service
@Order(200)
public class Catalog implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	Catalog(JdbcClient jdbc, AgencyDirectory agencies, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.events = events;
	}

	/** The columns of an agency, tree-ordered (a parent before its children). */
	public List<CatalogColumn> of(AgencyId agency) {
		return jdbc.sql("""
				with recursive tree as (
				  select id, parent_id, code, name, freshness, position, 0 as depth, lpad(position::text, 4, '0') as path
				  from catalog_column where agency_id = :agency and parent_id is null
				  union all
				  select c.id, c.parent_id, c.code, c.name, c.freshness, c.position, t.depth + 1,
				         t.path || '/' || lpad(c.position::text, 4, '0')
				  from catalog_column c join tree t on c.parent_id = t.id)
				select * from tree order by path""")
			.param("agency", agency.value())
			.query((rs, row) -> new CatalogColumn(rs.getLong("id"), (Long) rs.getObject("parent_id"),
					rs.getString("code"), rs.getString("name"), Freshness.valueOf(rs.getString("freshness")),
					rs.getInt("depth")))
			.list();
	}

	@ApplicationModuleListener
	void on(AgencyCreated event) {
		ensureFor(event.agencyId());
	}

	@Override
	public void run(ApplicationArguments args) {
		agencies.all().stream().map(AgencyInfo::id).forEach(this::ensureFor);
	}

	/**
	 * Creates the standard catalog for an agency that has no columns, and announces it, so that every column's page
	 * exists on the site before anything is published in it (OGI art. 12: the catalog is public).
	 */
	@Transactional
	public void ensureFor(AgencyId agency) {
		jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", agency.value()).query().singleValue();
		boolean exists = jdbc.sql("select exists (select 1 from catalog_column where agency_id = :agency)")
			.param("agency", agency.value())
			.query(Boolean.class)
			.single();
		if (exists) {
			return;
		}
		Map<String, Long> ids = new HashMap<>();
		int position = 0;
		for (CatalogTemplate.Entry entry : CatalogTemplate.ENTRIES) {
			long id = jdbc.sql("""
					insert into catalog_column (agency_id, parent_id, code, name, freshness, position)
					values (:agency, :parent, :code, :name, :freshness, :position) returning id""")
				.param("agency", agency.value())
				.param("parent", entry.parent() == null ? null : ids.get(entry.parent()))
				.param("code", entry.code())
				.param("name", entry.name())
				.param("freshness", entry.freshness().name())
				.param("position", position++)
				.query(Long.class)
				.single();
			ids.put(entry.code(), id);
		}
		String code = agencies.find(agency).map(AgencyInfo::code).orElseThrow();
		events.publishEvent(new CatalogChanged(code, "CATALOG_CREATED", "*", CatalogTemplate.ENTRIES.size()
				+ " standard columns", "system"));
	}

}
