package org.gongkai.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.gongkai.platform.LedgerCursor;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.LedgerSorting;
import org.gongkai.platform.LedgerWhere;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The operation log and the login log as ledgers (issue 19, 等保): the shared query form, paged with a total, sorted
 * by a whitelisted column, exported row by row. The query's status is an action, its person the actor (exactly), its
 * agency an agency code, its dates Beijing days of the entry's time, its text is looked for in the subject and the
 * summary. The preset {@value #LOGINS} keeps the login log: logins, failed logins, logouts, the
 * failures that bring the proof-of-work challenge and the lock-outs of before it (issue 19).
 */
@Service
public class AuditLedger {

	/** The preset of the login log. */
	public static final String LOGINS = "logins";

	/** The actions of the login log. */
	public static final List<String> LOGIN_ACTIONS = List.of("LOGIN", "LOGIN_FAILED", "LOGOUT", "LOGIN_CHALLENGED",
			"STAFF_ACCOUNT_LOCKED");

	public static final LedgerSorting SORTING = LedgerSorting.of(true, "e.id", "id", "e.id", "actor", "e.actor",
			"agency", "e.agency_code", "action", "e.action", "subject", "e.subject");

	private final LedgerCursor cursor;

	private final JdbcClient jdbc;

	AuditLedger(LedgerCursor cursor, JdbcClient jdbc) {
		this.cursor = cursor;
		this.jdbc = jdbc;
	}

	/**
	 * One page of the entries the query finds.
	 *
	 * @param agencyCodes the agencies whose entries the reader may read, or null for every entry (platform-wide ones
	 * included)
	 */
	public LedgerPage<AuditEntry> page(LedgerQuery query, Collection<String> agencyCodes) {
		return cursor.page(sql(query, agencyCodes), query, AuditLedger::entry);
	}

	/** Every entry the query finds, in its order, one at a time; the number of them. */
	public long each(LedgerQuery query, Collection<String> agencyCodes, Consumer<AuditEntry> entries) {
		return cursor.each(sql(query, agencyCodes), query, rs -> entries.accept(entry(rs, 0)));
	}

	/** The actions the log holds, for the form's list (a loose index scan: one look-up per distinct action). */
	public List<String> actions(String preset) {
		if (LOGINS.equals(preset)) {
			return LOGIN_ACTIONS;
		}
		return jdbc.sql("""
				with recursive a(action) as (
				  (select action from audit_entry order by action limit 1)
				  union all
				  select (select e.action from audit_entry e where e.action > a.action order by e.action limit 1)
				  from a where a.action is not null)
				select action from a where action is not null""").query(String.class).list();
	}

	private LedgerCursor.Sql sql(LedgerQuery query, Collection<String> agencyCodes) {
		LedgerWhere where = LedgerWhere.from("from audit_entry e where true");
		if (agencyCodes != null) {
			where.and("e.agency_code in (:agencies)").param("agencies", agencyCodes.isEmpty() ? List.of("") : agencyCodes);
		}
		if (LOGINS.equals(query.filter())) {
			where.and("e.action in (:logins)").param("logins", LOGIN_ACTIONS);
		}
		return where.equal("e.agency_code", "agency", query.agency())
			.equal("e.action", "action", query.status())
			.person("e.actor", query)
			.instants("e.occurred_at", query)
			.text(query, "e.subject", "e.summary")
			.sql("e.id, e.occurred_at, e.actor, e.agency_code, e.action, e.subject, e.summary", SORTING);
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("agency_code"), rs.getString("action"), rs.getString("subject"),
				rs.getString("summary"));
	}

}
