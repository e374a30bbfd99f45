package org.gongkai.identity;

import java.util.List;
import java.util.Optional;

import org.gongkai.platform.DomainException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Looks agencies up for other modules and pages, always within what the caller may read. */
@Service
public class AgencyDirectory {

	private static final String SELECT = """
			select a.id, a.code, a.name, a.credit_code, a.level, p.code as parent_code, a.path
			from agency a left join agency p on p.id = a.parent_id
			""";

	private final JdbcClient jdbc;

	AgencyDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every agency, for the public portal's tree; ordered so that a parent comes before its children. */
	public List<AgencyInfo> all() {
		return jdbc.sql(SELECT + " order by a.path").query(AgencyDirectory::map).list();
	}

	/** The agencies the staff member may read, tree-ordered. */
	public List<AgencyInfo> readableBy(Staff staff) {
		return jdbc.sql(SELECT + " where a.path like :prefix order by a.path")
			.param("prefix", staff.agencyPath() + "%")
			.query(AgencyDirectory::map)
			.list();
	}

	/** The agencies the staff member may read, as the scope their queries filter by. */
	public AgencyScope scopeOf(Staff staff) {
		return new AgencyScope(readableBy(staff));
	}

	/** Every agency, as the scope of the public portal and of the daily jobs, which act for the whole platform. */
	public AgencyScope wholeTree() {
		return new AgencyScope(all());
	}

	public Optional<AgencyInfo> findByCode(String code) {
		return jdbc.sql(SELECT + " where a.code = :code").param("code", code).query(AgencyDirectory::map).optional();
	}

	public Optional<AgencyInfo> find(AgencyId id) {
		return jdbc.sql(SELECT + " where a.id = :id").param("id", id.value()).query(AgencyDirectory::map).optional();
	}

	/** An agency the staff member may read; any other answers "not found", so nothing leaks of other agencies. */
	public AgencyInfo readable(Staff staff, String code) {
		return findByCode(code).filter(staff::canRead)
			.orElseThrow(() -> DomainException.notFound("identity.agency.notFound", code));
	}

	private static AgencyInfo map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AgencyInfo(new AgencyId(rs.getLong("id")), rs.getString("code"), rs.getString("name"),
				rs.getString("credit_code"), AgencyLevel.valueOf(rs.getString("level")), rs.getString("parent_code"),
				rs.getString("path"));
	}

}
