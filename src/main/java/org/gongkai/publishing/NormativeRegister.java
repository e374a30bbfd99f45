package org.gongkai.publishing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.LedgerCursor;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.LedgerSorting;
import org.gongkai.platform.LedgerWhere;

import org.springframework.stereotype.Service;

/**
 * The ledger of rules and normative documents ({@link NormativeLedger}) with the shared query form (issue 19), over
 * the agencies the reader may read. Its status is where a document stands today ({@link NormativeEntry.Status},
 * worked out in SQL the way {@link NormativeEntry#statusOn} does); the preset {@value #CLEANUP} keeps those due for
 * the cleanup; its dates bound the day issued; its text is looked for in the title and the document number.
 */
@Service
public class NormativeRegister {

	/** The preset of those in force that expire within six months. */
	public static final String CLEANUP = "cleanup";

	public static final LedgerSorting SORTING = LedgerSorting.of(true, "n.id", "issuedOn", "n.issued_on",
			"validUntil", "n.valid_until", "title", "n.title", "documentNumber", "n.document_number", "kind",
			"n.kind");

	private static final String IN_FORCE = "n.issued_on <= :today and (n.abolished_on is null or n.abolished_on > :today)"
			+ " and (n.valid_until is null or n.valid_until >= :today)";

	private static final String ENDED = "n.issued_on <= :today and not (" + IN_FORCE + ")";

	private final AgencyDirectory agencies;

	private final LedgerCursor cursor;

	private final Clock clock;

	NormativeRegister(AgencyDirectory agencies, LedgerCursor cursor, Clock clock) {
		this.agencies = agencies;
		this.cursor = cursor;
		this.clock = clock;
	}

	public List<AgencyInfo> agencies(Staff reader) {
		return agencies.scopeOf(reader).agencies();
	}

	public LedgerPage<NormativeLedger.NormativeView> page(Staff reader, LedgerQuery query) {
		Context context = context(reader, query);
		return cursor.page(context.sql(), query, (rs, row) -> context.view(rs));
	}

	/** Every entry of the query, in its order, one at a time; the number of them. */
	public long each(Staff reader, LedgerQuery query, Consumer<NormativeLedger.NormativeView> rows) {
		Context context = context(reader, query);
		return cursor.each(context.sql(), query, rs -> rows.accept(context.view(rs)));
	}

	/** How many entries of the reader's agencies are due for the cleanup. */
	public long dueForCleanup(Staff reader) {
		return page(reader, new LedgerQuery(null, null, null, null, null, null, null, null, 1, 1, CLEANUP)).total();
	}

	private Context context(Staff reader, LedgerQuery query) {
		LocalDate today = LocalDate.now(clock);
		AgencyScope scope = agencies.scopeOf(reader);
		LedgerWhere where = LedgerWhere.from("from normative_document n where n.agency_id in (:agencies)")
			.param("agencies", scope.idsOrOnly(query.agency()))
			.param("today", today);
		NormativeEntry.Status status = query.status(NormativeEntry.Status.class);
		if (status != null) {
			where.and(switch (status) {
				case NOT_YET_IN_FORCE -> "n.issued_on > :today";
				case IN_FORCE -> IN_FORCE + " and (n.amended_on is null or n.amended_on > :today)";
				case AMENDED -> IN_FORCE + " and n.amended_on <= :today";
				case ABOLISHED -> ENDED + " and n.abolished_on <= :today";
				case EXPIRED -> ENDED + " and (n.abolished_on is null or n.abolished_on > :today)";
			});
		}
		if (CLEANUP.equals(query.filter())) {
			where.and(IN_FORCE + " and n.valid_until <= :sixMonths").param("sixMonths", today.plusMonths(6));
		}
		LedgerCursor.Sql sql = where.days("n.issued_on", query)
			.text(query, "n.title", "n.document_number")
			.sql("n.id, n.agency_id, n.kind, n.title, n.document_number, n.issued_on, n.valid_until, n.abolished_on,"
					+ " n.document_id, n.amended_on", SORTING);
		return new Context(sql, reader, scope, today);
	}

	private record Context(LedgerCursor.Sql sql, Staff reader, AgencyScope scope, LocalDate today) {

		NormativeLedger.NormativeView view(java.sql.ResultSet rs) throws java.sql.SQLException {
			NormativeEntry entry = NormativeLedger.entry(rs, 0);
			NormativeEntry.Status status = entry.statusOn(today);
			boolean reviews = reader.canActFor(scope.get(entry.agencyId()), Role.REVIEWER);
			return new NormativeLedger.NormativeView(entry, status, entry.expiresWithinSixMonths(today),
					reviews ? NormativeTransitions.reviewerActions(status) : Set.<NormativeAction>of());
		}

	}

}
