package org.gongkai.publishing;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

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
 * An agency edits its catalog (OGI art. 12: the agency compiles and updates its own 政府信息公开目录): adds columns
 * under any column, renames them, sets their freshness class, reorders siblings, and removes columns it added once
 * they are empty. The standard columns of {@link CatalogTemplate} stay: the law requires them (art. 20) and the
 * platform files into them (the guide, the ledger, the annual reports).
 */
@Service
public class CatalogEditing {

	private static final Pattern CODE = Pattern.compile("[a-z0-9-]{2,40}");

	private static final int NAME_LENGTH = 40;

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final IndexNumbers indexNumbers;

	CatalogEditing(JdbcClient jdbc, Catalog catalog, AgencyDirectory agencies, ApplicationEventPublisher events,
			IndexNumbers indexNumbers) {
		this.indexNumbers = indexNumbers;
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.agencies = agencies;
		this.events = events;
	}

	@Transactional
	public void add(Staff staff, String agencyCode, String parentCode, String code, String name, Freshness freshness) {
		AgencyInfo agency = editable(staff, agencyCode);
		String cleanCode = code == null ? "" : code.strip();
		if (!CODE.matcher(cleanCode).matches()) {
			throw DomainException.invalid("code", "publishing.column.code");
		}
		if (find(agency, cleanCode).isPresent()) {
			throw DomainException.conflict("code", "publishing.column.codeTaken", cleanCode);
		}
		CatalogColumn parent = parentCode == null || parentCode.isBlank() ? null : column(agency, parentCode);
		jdbc.sql("""
				insert into catalog_column (agency_id, parent_id, code, name, freshness, position)
				values (:agency, :parent, :code, :name, :freshness,
				        (select coalesce(max(position), -1) + 1 from catalog_column where agency_id = :agency))""")
			.param("agency", agency.id().value())
			.param("parent", parent == null ? null : parent.id())
			.param("code", cleanCode)
			.param("name", name(name))
			.param("freshness", (freshness == null ? Freshness.NONE : freshness).name())
			.update();
		changed(agency, "COLUMN_ADDED", cleanCode, "name=" + name(name) + "; parent=" + parentCode, staff);
	}

	@Transactional
	public void change(Staff staff, String agencyCode, String code, String name, Freshness freshness) {
		AgencyInfo agency = editable(staff, agencyCode);
		CatalogColumn column = column(agency, code);
		Freshness newFreshness = freshness == null ? column.freshness() : freshness;
		jdbc.sql("update catalog_column set name = :name, freshness = :freshness where id = :id")
			.param("name", name(name))
			.param("freshness", newFreshness.name())
			.param("id", column.id())
			.update();
		changed(agency, "COLUMN_CHANGED", code, "name: " + column.name() + " → " + name(name) + "; freshness: "
				+ column.freshness() + " → " + newFreshness, staff);
	}

	/** Moves a column one place up ({@code -1}) or down ({@code 1}) among its siblings. */
	@Transactional
	public void move(Staff staff, String agencyCode, String code, int direction) {
		AgencyInfo agency = editable(staff, agencyCode);
		CatalogColumn column = column(agency, code);
		List<CatalogColumn> siblings = catalog.of(agency.id())
			.stream()
			.filter(other -> java.util.Objects.equals(other.parentId(), column.parentId()))
			.toList();
		int index = siblings.indexOf(column);
		int target = index + Integer.signum(direction);
		if (target < 0 || target >= siblings.size()) {
			return;
		}
		CatalogColumn other = siblings.get(target);
		jdbc.sql("""
				update catalog_column c set position = s.position
				from (select id, position from catalog_column where id in (:a, :b)) s
				where c.id in (:a, :b) and s.id <> c.id""")
			.param("a", column.id())
			.param("b", other.id())
			.update();
		changed(agency, "COLUMN_MOVED", code, direction < 0 ? "up" : "down", staff);
	}

	@Transactional
	public void remove(Staff staff, String agencyCode, String code) {
		AgencyInfo agency = editable(staff, agencyCode);
		CatalogColumn column = column(agency, code);
		if (column.standard()) {
			throw DomainException.conflict("code", "publishing.column.standard", column.name());
		}
		boolean used = jdbc.sql("""
				select exists (select 1 from document where column_id = :id)
				    or exists (select 1 from document_revision where column_id = :id)
				    or exists (select 1 from catalog_column where parent_id = :id)""")
			.param("id", column.id())
			.query(Boolean.class)
			.single();
		if (used) {
			throw DomainException.conflict("code", "publishing.column.notEmpty", column.name());
		}
		jdbc.sql("delete from catalog_column where id = :id").param("id", column.id()).update();
		changed(agency, "COLUMN_REMOVED", code, "name=" + column.name(), staff);
	}

	/** The pattern of the agency's index numbers; numbers already given keep their form. */
	public String indexNumberPattern(Staff staff, String agencyCode) {
		return indexNumbers.pattern(agencies.readable(staff, agencyCode).id());
	}

	/** Sets the pattern of the agency's future index numbers (OGI art. 12: 索引号 of the catalog). */
	@Transactional
	public void setIndexNumberPattern(Staff staff, String agencyCode, String pattern) {
		AgencyInfo agency = editable(staff, agencyCode);
		String before = indexNumbers.pattern(agency.id());
		indexNumbers.setPattern(agency.id(), pattern);
		changed(agency, "INDEX_PATTERN_CHANGED", "index-number", before + " → " + pattern.strip(), staff);
	}

	private AgencyInfo editable(Staff staff, String agencyCode) {
		AgencyInfo agency = agencies.readable(staff, agencyCode);
		if (!staff.canActFor(agency, Role.EDITOR) && !staff.canActFor(agency, Role.ADMIN)) {
			throw DomainException.notPermitted("publishing.document.editorOnly");
		}
		catalog.ensureFor(agency.id());
		return agency;
	}

	private CatalogColumn column(AgencyInfo agency, String code) {
		return find(agency, code).orElseThrow(() -> DomainException.invalid("code", "publishing.column.unknown", code));
	}

	private Optional<CatalogColumn> find(AgencyInfo agency, String code) {
		return catalog.of(agency.id()).stream().filter(column -> column.code().equals(code)).findFirst();
	}

	private static String name(String name) {
		if (name == null || name.isBlank()) {
			throw DomainException.invalid("name", "validation.required");
		}
		if (name.strip().length() > NAME_LENGTH) {
			throw DomainException.invalid("name", "publishing.column.nameLength", NAME_LENGTH);
		}
		return name.strip();
	}

	private void changed(AgencyInfo agency, String action, String code, String detail, Staff staff) {
		events.publishEvent(new CatalogChanged(agency.code(), action, code, detail, staff.username()));
	}

}
