package org.gongkai.platform;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the {@code from ... where ...} part of a ledger's query from its {@link LedgerQuery} (issue 19), the same
 * way for every ledger: each condition is added only when the query asks for it, and every value is a bound
 * parameter. The module names its own tables and columns; nothing of the query reaches SQL but through a parameter
 * or, for the order, through its {@link LedgerSorting}.
 *
 * <pre>
 * LedgerWhere.from("from appeal a where a.agency_id in (:agencies)").param("agencies", scope.idsOrOnly(query.agency()))
 *     .status("a.status", query.status(AppealStatus.class)).days("a.filed_on", query).text(query, "a.reference")
 *     .sql(COLUMNS, SORTING);
 * </pre>
 */
public final class LedgerWhere {

	private final StringBuilder where;

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private LedgerWhere(String fromWhere) {
		this.where = new StringBuilder(fromWhere);
	}

	/** The module's {@code from} and {@code where} clauses (its scope), to which the query's conditions are added. */
	public static LedgerWhere from(String fromWhere) {
		return new LedgerWhere(fromWhere);
	}

	/** Binds a parameter the module's own SQL names. */
	public LedgerWhere param(String name, Object value) {
		parameters.put(name, value);
		return this;
	}

	/** Adds a condition of the module's own (with the parameters it names bound by {@link #param}). */
	public LedgerWhere and(String condition) {
		where.append(" and (").append(condition).append(')');
		return this;
	}

	/** {@code column = :name} when the value is not null. */
	public LedgerWhere equal(String column, String name, Object value) {
		if (value != null) {
			where.append(" and ").append(column).append(" = :").append(name);
			parameters.put(name, value);
		}
		return this;
	}

	/** The status asked for (already checked against the ledger's enumeration), stored by its name. */
	public LedgerWhere status(String column, Enum<?> status) {
		return equal(column, "ledgerStatus", status == null ? null : status.name());
	}

	/** The query's dates as a range of a {@code date} column, both ends included. */
	public LedgerWhere days(String column, LedgerQuery query) {
		return range(column, query.from(), query.to() == null ? null : query.to().plusDays(1), false);
	}

	/** The query's dates as Beijing days of a {@code timestamp} column, both days included. */
	public LedgerWhere instants(String column, LedgerQuery query) {
		return range(column, query.from(), query.to() == null ? null : query.to().plusDays(1), true);
	}

	private LedgerWhere range(String column, LocalDate from, LocalDate before, boolean instants) {
		if (from != null) {
			where.append(" and ").append(column).append(" >= :ledgerFrom");
			parameters.put("ledgerFrom", instants ? Timestamp.from(from.atStartOfDay(Beijing.ZONE).toInstant()) : from);
		}
		if (before != null) {
			where.append(" and ").append(column).append(" < :ledgerBefore");
			parameters.put("ledgerBefore",
					instants ? Timestamp.from(before.atStartOfDay(Beijing.ZONE).toInstant()) : before);
		}
		return this;
	}

	/** The query's text looked for anywhere in any of the columns (its wildcards taken as characters). */
	public LedgerWhere text(LedgerQuery query, String... columns) {
		if (query.text() != null && columns.length > 0) {
			where.append(" and (");
			for (int i = 0; i < columns.length; i++) {
				where.append(i == 0 ? "" : " or ").append(columns[i]).append(" ilike :ledgerText");
			}
			where.append(')');
			parameters.put("ledgerText", query.textPattern());
		}
		return this;
	}

	/** The query's person (a user name), exactly. */
	public LedgerWhere person(String column, LedgerQuery query) {
		return equal(column, "ledgerPerson", query.person());
	}

	/** The query to run: the columns to select, the clauses built, the whitelist of its order. */
	public LedgerCursor.Sql sql(String columns, LedgerSorting sorting) {
		Map<String, Object> bound = new LinkedHashMap<>(parameters);
		return new LedgerCursor.Sql(columns, where.toString(), sorting, spec -> {
			bound.forEach(spec::param);
			return spec;
		});
	}

}
