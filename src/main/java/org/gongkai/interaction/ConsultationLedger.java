package org.gongkai.interaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.LedgerCursor;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.LedgerSorting;
import org.gongkai.platform.LedgerWhere;

import org.springframework.stereotype.Service;

/**
 * The consultation ledger (咨询答复台账) with the shared query form (issue 19): paged with a total, sorted by a
 * whitelisted column, exported row by row, with nothing cut off (it used to stop at 1,000). Its {@code filter} is one
 * of the presets ({@link InteractionQueries.Filter}, everything by default); its status a
 * {@link ConsultationStatus}; its dates bound the day received; its text is looked for in the tracking number, the
 * asker's name, the subject and the question; its person is who handled it.
 */
@Service
public class ConsultationLedger {

	public static final LedgerSorting SORTING = LedgerSorting.of(true, "c.id", "receivedOn", "c.received_on",
			"dueOn", "c.due_on", "handledOn", "c.handled_on", "trackingNumber", "c.tracking_number", "status",
			"c.status");

	private static final String COLUMNS = """
			c.*, t.tracking_number as to_number, t.agency_id as to_agency_id, f.tracking_number as from_number""";

	private final InteractionRecords records;

	private final InteractionQueries queries;

	private final LedgerCursor cursor;

	ConsultationLedger(InteractionRecords records, InteractionQueries queries, LedgerCursor cursor) {
		this.records = records;
		this.queries = queries;
		this.cursor = cursor;
	}

	public LedgerPage<ConsultationView> page(Staff staff, LedgerQuery query) {
		Context context = context(staff, query);
		return cursor.page(context.sql(), query, (rs, row) -> context.view(rs));
	}

	/** Every consultation of the query, in its order, one at a time; the number of them. */
	public long each(Staff staff, LedgerQuery query, Consumer<ConsultationView> rows) {
		Context context = context(staff, query);
		return cursor.each(context.sql(), query, rs -> rows.accept(context.view(rs)));
	}

	/** Every consultation of a preset, in the default order. */
	public List<ConsultationView> all(Staff staff, InteractionQueries.Filter filter) {
		List<ConsultationView> all = new ArrayList<>();
		each(staff, LedgerQuery.NONE.withFilter(filter.name()), all::add);
		return all;
	}

	private Context context(Staff staff, LedgerQuery query) {
		LocalDate today = records.today();
		AgencyScope scope = records.readableAgencies(staff);
		LedgerWhere where = LedgerWhere.from("""
				from consultation c
				left join consultation t on t.id = c.forwarded_to_id
				left join consultation f on f.id = c.forwarded_from_id
				where c.agency_id in (:agencies)""").param("agencies", scope.idsOrOnly(query.agency()));
		switch (preset(query.filter())) {
			case OPEN -> where.and(ReplyDeadlines.CONSULTATION_OPEN_SQL);
			case LATE -> where.and("coalesce(c.handled_on, :today) > c.due_on").param("today", today);
			case LIMIT -> where.and("c.handled_on is null and c.limit_on <= :near or c.handled_on > c.limit_on")
				.param("near", today.plusDays(InteractionQueries.NEAR_LIMIT_DAYS));
			default -> {
			}
		}
		LedgerCursor.Sql sql = where.status("c.status", query.status(ConsultationStatus.class))
			.days("c.received_on", query)
			.text(query, "c.tracking_number", "c.asker_name", "c.subject", "c.question")
			.person("c.handled_by", query)
			.sql(COLUMNS, SORTING);
		return new Context(sql, today, records.everyAgency(), staff, queries);
	}

	static InteractionQueries.Filter preset(String filter) {
		if (filter == null) {
			return InteractionQueries.Filter.ALL;
		}
		try {
			return InteractionQueries.Filter.valueOf(filter);
		}
		catch (IllegalArgumentException e) {
			throw DomainException.invalid("filter", "ledger.status.unknown", filter);
		}
	}

	private record Context(LedgerCursor.Sql sql, LocalDate today, AgencyScope names, Staff staff,
			InteractionQueries queries) {

		ConsultationView view(java.sql.ResultSet rs) throws java.sql.SQLException {
			return queries.view(rs, today, names, staff);
		}

	}

}
