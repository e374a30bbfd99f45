package org.gongkai.publishing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffAccount;
import org.gongkai.identity.StaffAccountChanged;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 栏目授权 (issue 19): a SECURITY_ADMIN of an editor's agency, or of one above it, limits the editor to some columns
 * of the agency's catalog; the editor then drafts, moves and submits documents only in those
 * ({@link DocumentDesk} refuses the others with 403, and the document's view offers no such step). An editor without
 * any grant writes in every column of their agency, as before. Every change is audited
 * ({@code STAFF_COLUMNS_GRANTED}).
 */
@Service
public class ColumnGrants {

	private final JdbcClient jdbc;

	private final StaffAccounts accounts;

	private final AgencyDirectory agencies;

	private final Catalog catalog;

	private final ApplicationEventPublisher events;

	ColumnGrants(JdbcClient jdbc, StaffAccounts accounts, AgencyDirectory agencies, Catalog catalog,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.agencies = agencies;
		this.catalog = catalog;
		this.events = events;
	}

	/**
	 * What the 栏目授权 page shows: the account, its agency's catalog and the codes of the columns it is limited to
	 * (none: every column).
	 */
	public record Choice(StaffAccount account, List<CatalogColumn> columns, Set<String> granted) {
	}

	/** The codes of the columns the account is limited to; empty: every column of its agency. */
	public List<String> of(long userId) {
		return jdbc.sql("""
				select c.code from editor_column_grant g join catalog_column c on c.id = g.column_id
				where g.staff_user = :user order by c.code""").param("user", userId).query(String.class).list();
	}

	/**
	 * The account, its agency's catalog and its grants, for a security administrator who may change them (the same
	 * refusals as {@link #grant}).
	 */
	public Choice choice(Staff actor, long userId) {
		StaffAccount account = administered(actor, userId);
		AgencyInfo agency = agencies.findByCode(account.agencyCode()).orElseThrow();
		return new Choice(account, catalog.of(agency.id()), new TreeSet<>(of(userId)));
	}

	/**
	 * The columns of the staff member's agency in which they may draft and to which they may move a document: the
	 * granted ones, or every column when they have no grant.
	 */
	public List<CatalogColumn> writable(Staff staff) {
		List<CatalogColumn> all = catalog.of(staff.agencyId());
		Set<String> granted = new TreeSet<>(of(staff.userId()));
		return granted.isEmpty() ? all : all.stream().filter(column -> granted.contains(column.code())).toList();
	}

	/**
	 * Limits the account of {@code userId} to exactly these columns of its agency's catalog; none: every column.
	 */
	@Transactional
	public List<String> grant(Staff actor, long userId, Set<String> columnCodes) {
		StaffAccount account = administered(actor, userId);
		AgencyInfo agency = agencies.findByCode(account.agencyCode()).orElseThrow();
		Set<String> codes = new TreeSet<>(columnCodes == null ? Set.of() : columnCodes);
		Set<Long> columns = new LinkedHashSet<>();
		for (String code : codes) {
			columns.add(jdbc.sql("select id from catalog_column where agency_id = :agency and code = :code")
				.param("agency", agency.id().value())
				.param("code", code)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> DomainException.invalid("columns", "publishing.column.unknown", code)));
		}
		List<String> before = of(userId);
		jdbc.sql("delete from editor_column_grant where staff_user = :user").param("user", userId).update();
		for (long column : columns) {
			jdbc.sql("insert into editor_column_grant (staff_user, column_id) values (:user, :column)")
				.param("user", userId)
				.param("column", column)
				.update();
		}
		events.publishEvent(new StaffAccountChanged(account.username(), account.agencyCode(),
				"STAFF_COLUMNS_GRANTED", "columns=" + String.join(",", codes) + "; before=" + String.join(",", before),
				actor.username()));
		return of(userId);
	}

	private StaffAccount administered(Staff actor, long userId) {
		StaffAccount account = accounts.account(userId)
			.filter(found -> agencies.findByCode(found.agencyCode()).filter(actor::canRead).isPresent())
			.orElseThrow(() -> DomainException.notFound("identity.user.notFound", userId));
		AgencyInfo agency = agencies.findByCode(account.agencyCode()).orElseThrow();
		if (!actor.canActFor(agency, Role.SECURITY_ADMIN) || actor.userId() == userId) {
			throw DomainException.notPermitted("publishing.columnGrant.securityAdminOnly");
		}
		return account;
	}

	/** Whether the staff member may write in the column: they have no column grant, or one for it. */
	boolean writes(Staff staff, long columnId) {
		return jdbc.sql("""
				select not exists (select 1 from editor_column_grant where staff_user = :user)
				    or exists (select 1 from editor_column_grant where staff_user = :user and column_id = :column)""")
			.param("user", staff.userId())
			.param("column", columnId)
			.query(Boolean.class)
			.single();
	}

	/** Refuses (403) a step in a column the staff member is not granted. */
	void require(Staff staff, long columnId) {
		if (!writes(staff, columnId)) {
			throw DomainException.notPermitted("publishing.columnGrant.notGranted");
		}
	}

}
