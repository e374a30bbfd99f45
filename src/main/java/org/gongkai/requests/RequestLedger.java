package org.gongkai.requests;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.function.Consumer;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Staff;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.LedgerCursor;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.LedgerSorting;
import org.gongkai.platform.LedgerWhere;

import org.springframework.stereotype.Service;

/**
 * The ledger of applications (issue 19): the officers' worklist with the shared query form, paged with a total,
 * sorted by a whitelisted column, and exported row by row. The query's {@code filter} is one of the worklist's
 * presets ({@link RequestQueries.Filter}, open ones by default); its status one {@link RequestStatus}; its dates
 * bound the day of receipt; its text is looked for in the tracking number, the applicant's name and the description;
 * its person is the officer the application is assigned to.
 */
@Service
public class RequestLedger {

	/** The sort keys and the columns they stand for; "urgency" (closed ones last, the earliest due first) first. */
	public static final LedgerSorting SORTING = LedgerSorting.of(false, "r.id", "urgency",
			"(r.status = 'CLOSED'), r.due_on", "dueOn", "r.due_on", "receivedOn", "r.received_on", "trackingNumber",
			"r.tracking_number", "applicant", "r.applicant_name", "status", "r.status");

	private static final String COLUMNS = """
			r.id, r.tracking_number, r.agency_id, r.status, r.applicant_name, r.description,
			r.received_on, r.due_on, r.assigned_to, r.submitted_at,
			case r.status when 'AWAITING_CLARIFICATION' then r.clarification_due_on
			              when 'IN_CONSULTATION' then r.consultation_due_on
			              when 'AWAITING_PAYMENT' then r.fee_due_on end as pending_due_on""";

	private final RequestRecords records;

	private final LedgerCursor cursor;

	RequestLedger(RequestRecords records, LedgerCursor cursor) {
		this.records = records;
		this.cursor = cursor;
	}

	/** The agencies whose applications the staff member may read, for the form's list. */
	public List<org.gongkai.identity.AgencyInfo> agencies(Staff staff) {
		return records.scope(staff).agencies();
	}

	public LedgerPage<RequestQueries.WorkItem> page(Staff staff, LedgerQuery query) {
		Context context = context(staff, query);
		return cursor.page(context.sql(), query, (rs, row) -> context.item(rs));
	}

	/** Every application of the query, in its order, one at a time; the number of them. */
	public long each(Staff staff, LedgerQuery query, Consumer<RequestQueries.WorkItem> items) {
		Context context = context(staff, query);
		return cursor.each(context.sql(), query, rs -> items.accept(context.item(rs)));
	}

	/**
	 * The applications of {@code ids} the staff member may read, most urgent first, whatever their number (the
	 * same-applicant and alike lists of one application).
	 */
	public List<RequestQueries.WorkItem> items(Staff staff, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Context context = context(staff, LedgerQuery.NONE.withFilter(RequestQueries.Filter.ALL.name()),
				where -> where.and("r.id in (:ids)").param("ids", ids));
		List<RequestQueries.WorkItem> items = new java.util.ArrayList<>();
		cursor.each(context.sql(), LedgerQuery.NONE, rs -> items.add(context.item(rs)));
		return items;
	}

	private Context context(Staff staff, LedgerQuery query) {
		return context(staff, query, where -> where);
	}

	private Context context(Staff staff, LedgerQuery query, UnaryOperator<LedgerWhere> more) {
		WorkingDayCalendar calendar = records.calendar();
		Deadline.Bounds bounds = Deadline.on(records.today(), calendar);
		AgencyScope scope = records.scope(staff);
		LedgerWhere where = LedgerWhere.from("from disclosure_request r where r.agency_id in (:agencies)"
				+ RequestQueries.presetSql(preset(query.filter())))
			.param("agencies", scope.idsOrOnly(query.agency()))
			.param("provisionalFrom", calendar.provisionalFrom())
			.status("r.status", query.status(RequestStatus.class))
			.days("r.received_on", query)
			.text(query, "r.tracking_number", "r.applicant_name", "r.description")
			.person("r.assigned_to", query);
		LedgerCursor.Sql sql = more.apply(where).sql(COLUMNS, SORTING);
		LedgerCursor.Sql dated = new LedgerCursor.Sql(sql.columns(), sql.fromWhere(), sql.sorting(),
				spec -> bounds.bind(sql.binding().apply(spec)));
		return new Context(dated, scope, bounds, calendar);
	}

	private static RequestQueries.Filter preset(String filter) {
		if (filter == null) {
			return RequestQueries.Filter.OPEN;
		}
		try {
			return RequestQueries.Filter.valueOf(filter);
		}
		catch (IllegalArgumentException e) {
			throw DomainException.invalid("filter", "ledger.status.unknown", filter);
		}
	}

	private record Context(LedgerCursor.Sql sql, AgencyScope scope, Deadline.Bounds bounds,
			WorkingDayCalendar calendar) {

		RequestQueries.WorkItem item(java.sql.ResultSet rs) throws java.sql.SQLException {
			LocalDate due = rs.getObject("due_on", LocalDate.class);
			LocalDate pending = rs.getObject("pending_due_on", LocalDate.class);
			LocalDate received = rs.getObject("received_on", LocalDate.class);
			RequestStatus status = RequestStatus.valueOf(rs.getString("status"));
			return new RequestQueries.WorkItem(rs.getLong("id"), rs.getString("tracking_number"),
					scope.get(rs.getLong("agency_id")).name(), status, rs.getString("applicant_name"),
					rs.getString("description"), received, due, pending, bounds.dueSoon(status.isOpen(), due),
					bounds.overdue(status.isOpen(), due),
					calendar.isProvisional(received, due) || calendar.isProvisional(received, pending),
					rs.getString("assigned_to"),
					rs.getTimestamp("submitted_at").toInstant().atZone(Beijing.ZONE).toLocalDate());
		}

	}

}
