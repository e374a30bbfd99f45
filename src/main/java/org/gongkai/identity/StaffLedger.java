package org.gongkai.identity;

import java.util.List;
import java.util.function.Consumer;

import org.gongkai.platform.LedgerCursor;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.LedgerSorting;
import org.gongkai.platform.LedgerWhere;

import org.springframework.stereotype.Service;

/**
 * The ledger of staff accounts with the shared query form (issue 19), over the agencies the reader may read. Its
 * status is a {@link State}; its dates bound the Beijing day the account was opened; its text is looked for in the
 * user name and the name; its person is a role the account holds.
 */
@Service
public class StaffLedger {

	/** Where an account stands now. */
	public enum State {

		ACTIVE, DISABLED

	}

	public static final LedgerSorting SORTING = LedgerSorting.of(false, "u.id", "agency", "a.path, u.username",
			"username", "u.username", "displayName", "u.display_name", "createdAt", "u.created_at");

	private static final String COLUMNS = """
			u.id, u.username, u.display_name, a.code, a.name, u.enabled,
			array(select r.role from staff_user_role r where r.staff_user = u.id order by r.role) as roles""";

	private final AgencyDirectory agencies;

	private final LedgerCursor cursor;

	StaffLedger(AgencyDirectory agencies, LedgerCursor cursor) {
		this.agencies = agencies;
		this.cursor = cursor;
	}

	public List<AgencyInfo> agencies(Staff reader) {
		return agencies.scopeOf(reader).agencies();
	}

	public LedgerPage<StaffAccount> page(Staff reader, LedgerQuery query) {
		return cursor.page(sql(reader, query), query, (rs, row) -> StaffAccounts.account(rs));
	}

	/** Every account of the query, in its order, one at a time; the number of them. */
	public long each(Staff reader, LedgerQuery query, Consumer<StaffAccount> rows) {
		return cursor.each(sql(reader, query), query, rs -> rows.accept(StaffAccounts.account(rs)));
	}

	private static Role role(String name) {
		try {
			return Role.valueOf(name);
		}
		catch (IllegalArgumentException e) {
			throw org.gongkai.platform.DomainException.invalid("person", "ledger.status.unknown", name);
		}
	}

	private LedgerCursor.Sql sql(Staff reader, LedgerQuery query) {
		LedgerWhere where = LedgerWhere
			.from("from staff_user u join agency a on a.id = u.agency_id where u.agency_id in (:agencies)")
			.param("agencies", agencies.scopeOf(reader).idsOrOnly(query.agency()));
		State state = query.status(State.class);
		if (state != null) {
			where.and(switch (state) {
				case ACTIVE -> "u.enabled";
				case DISABLED -> "not u.enabled";
			});
		}
		if (query.person() != null) {
			where.and("exists (select 1 from staff_user_role r where r.staff_user = u.id and r.role = :role)")
				.param("role", role(query.person()).name());
		}
		return where.instants("u.created_at", query)
			.text(query, "u.username", "u.display_name")
			.sql(COLUMNS, SORTING);
	}

}
