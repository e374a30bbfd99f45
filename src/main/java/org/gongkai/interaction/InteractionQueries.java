package org.gongkai.interaction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read models of the module: the consultation ledger (台账) and one consultation for staff, the public lookup by
 * tracking number and the Q&A list, what is due this week, the supervisor's overview of its agencies and the
 * monthly figures its charts draw. Everything staff see is limited to the agencies they may read.
 */
@Service
public class InteractionQueries {

	/** How close to the 3-month limit an unanswered consultation is flagged. */
	public static final int NEAR_LIMIT_DAYS = 14;

	/** The ledger's filters. */
	public enum Filter {

		/** Everything received in the last year (the indicators look back one year). */
		ALL,
		/** Not yet handled. */
		OPEN,
		/** Unhandled past the due date, or handled after it. */
		LATE,
		/** Unhandled for more than 3 months, or close to it. */
		LIMIT

	}

	private static final String CONSULTATION = """
			select c.*, a.code as agency_code, a.name as agency_name, t.tracking_number as to_number,
			  ta.name as to_agency, f.tracking_number as from_number
			from consultation c join agency a on a.id = c.agency_id
			left join consultation t on t.id = c.forwarded_to_id left join agency ta on ta.id = t.agency_id
			left join consultation f on f.id = c.forwarded_from_id
			""";

	private final JdbcClient jdbc;

	private final Offices offices;

	private final WorkingDayCalendar calendar;

	InteractionQueries(JdbcClient jdbc, Offices offices, WorkingDayCalendar calendar) {
		this.jdbc = jdbc;
		this.offices = offices;
		this.calendar = calendar;
	}

	/** Whether the caller's disclosure office handles the agency's consultations, proposals and findings. */
	public boolean handles(Staff staff, String agencyCode) {
		return readable(staff, agencyCode, agency -> Offices.handles(staff, agency));
	}

	/** Whether the caller edits documents for the agency, e.g. drafts the year's proposal summary for publication. */
	public boolean edits(Staff staff, String agencyCode) {
		return readable(staff, agencyCode, agency -> staff.canActFor(agency, Role.EDITOR));
	}

	/** The agencies the caller may record supervising-office findings for (those below its own). */
	public List<AgencyInfo> inspectable(Staff staff, FindingSource source) {
		return offices.readableAgencies(staff)
			.values()
			.stream()
			.filter(agency -> Inspections.mayInspect(staff, agency, source))
			.toList();
	}

	/** The ledger of the agencies the caller may read, latest first. */
	public List<ConsultationView> ledger(Staff staff, Filter filter) {
		LocalDate today = offices.today();
		String where = switch (filter) {
			case ALL -> "";
			case OPEN -> " and c.status = 'RECEIVED'";
			case LATE -> " and coalesce(c.handled_on, :today) > c.due_on";
			case LIMIT -> " and (c.handled_on is null and c.limit_on <= :near or c.handled_on > c.limit_on)";
		};
		Map<Long, AgencyInfo> agencies = offices.readableAgencies(staff);
		return jdbc.sql(CONSULTATION + " where c.agency_id in (:agencies) and c.received_on > :yearAgo" + where
				+ " order by c.received_on desc, c.id desc limit 1000")
			.param("agencies", agencies.keySet())
			.param("yearAgo", today.minusYears(1))
			.param("today", today)
			.param("near", today.plusDays(NEAR_LIMIT_DAYS))
			.query((rs, row) -> view(rs, today, staff, agencies))
			.list();
	}

	public ConsultationView consultation(Staff staff, long id) {
		LocalDate today = offices.today();
		Map<Long, AgencyInfo> agencies = offices.readableAgencies(staff);
		return jdbc.sql(CONSULTATION + " where c.id = :id and c.agency_id in (:agencies)")
			.param("id", id)
			.param("agencies", agencies.keySet())
			.query((rs, row) -> view(rs, today, staff, agencies))
			.optional()
			.orElseThrow(() -> DomainException.notFound("interaction.consultation.notFound", id));
	}

	/** The asker looks their consultation up by its tracking number. */
	public Optional<PublicAnswer> lookUp(String trackingNumber) {
		if (trackingNumber == null || trackingNumber.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql(CONSULTATION + " where c.tracking_number = :number")
			.param("number", trackingNumber.strip().toUpperCase(java.util.Locale.ROOT))
			.query(this::publicAnswer)
			.optional();
	}

	/** Answered consultations that the asker and the office agreed to publish, latest first. */
	public List<PublicAnswer> publishedAnswers(String agencyCode) {
		return jdbc.sql(CONSULTATION + " where c.status = 'ANSWERED' and c.published"
				+ (agencyCode == null ? "" : " and a.code = :code") + " order by c.handled_on desc, c.id desc limit 200")
			.param("code", agencyCode == null ? "" : agencyCode)
			.query(this::publicAnswer)
			.list();
	}

	/** Unhandled items across the three ledgers due by the end of this week (Sunday), overdue ones included. */
	public List<DueItem> dueThisWeek(Staff staff) {
		LocalDate today = offices.today();
		LocalDate sunday = today.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		return jdbc.sql("""
				select 'CONSULTATION' as kind, c.id, a.name, c.tracking_number || ' ' || c.subject as title, c.due_on
				from consultation c join agency a on a.id = c.agency_id
				where c.status = 'RECEIVED' and c.due_on <= :sunday and c.agency_id in (:agencies)
				union all
				select 'PROPOSAL', p.id, a.name, p.reference || ' ' || p.title, p.due_on
				from proposal p join agency a on a.id = p.agency_id
				where p.status = 'ASSIGNED' and p.due_on <= :sunday and p.agency_id in (:agencies)
				union all
				select 'FINDING', f.id, a.name, f.problem, f.deadline
				from finding f join agency a on a.id = f.agency_id
				where f.status <> 'CLOSED' and f.deadline <= :sunday and f.agency_id in (:agencies)
				order by 5, 1, 2""")
			.param("sunday", sunday)
			.param("agencies", offices.readableAgencies(staff).keySet())
			.query((rs, row) -> new DueItem(DueItem.Kind.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
					rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(5, LocalDate.class).isBefore(today)))
			.list();
	}

	/** Open and overdue items per agency the caller may read, tree-ordered. */
	public List<AgencyLoad> overview(Staff staff) {
		LocalDate today = offices.today();
		Map<Long, AgencyInfo> agencies = offices.readableAgencies(staff);
		List<AgencyLoad> loads = new ArrayList<>();
		for (AgencyInfo agency : agencies.values()) {
			loads.add(jdbc.sql("""
					select
					  (select count(*) from consultation where agency_id = :id and status = 'RECEIVED'),
					  (select count(*) from consultation where agency_id = :id and status = 'RECEIVED' and due_on < :today),
					  (select count(*) from consultation where agency_id = :id and status = 'RECEIVED' and limit_on < :today),
					  (select count(*) from proposal where agency_id = :id and status = 'ASSIGNED'),
					  (select count(*) from proposal where agency_id = :id and status = 'ASSIGNED' and due_on < :today),
					  (select count(*) from finding where agency_id = :id and status <> 'CLOSED'),
					  (select count(*) from finding where agency_id = :id and status <> 'CLOSED' and deadline < :today)""")
				.param("id", agency.id().value())
				.param("today", today)
				.query((rs, row) -> new AgencyLoad(agency.code(), agency.name(), rs.getLong(1), rs.getLong(2),
						rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)))
				.single());
		}
		return loads;
	}

	/** The last {@code count} months, this one included. */
	public MonthlyFigures monthly(Staff staff, int count) {
		LocalDate today = offices.today();
		YearMonth first = YearMonth.from(today).minusMonths(count - 1L);
		var agencies = offices.readableAgencies(staff).keySet();
		List<String> months = new ArrayList<>();
		List<Long> received = new ArrayList<>();
		List<Integer> onTime = new ArrayList<>();
		List<Long> proposals = new ArrayList<>();
		List<Long> found = new ArrayList<>();
		List<Long> late = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			YearMonth month = first.plusMonths(i);
			months.add(month.toString());
			jdbc.sql("""
					select
					  (select count(*) from consultation where agency_id in (:agencies) and received_on between :start and :end),
					  (select count(*) from consultation where agency_id in (:agencies) and received_on between :start and :end
					     and (handled_on is not null or due_on < :today)),
					  (select count(*) from consultation where agency_id in (:agencies) and received_on between :start and :end
					     and handled_on <= due_on),
					  (select count(*) from proposal where agency_id in (:agencies) and assigned_on between :start and :end),
					  (select count(*) from finding where agency_id in (:agencies) and found_on between :start and :end),
					  (select count(*) from finding where agency_id in (:agencies) and found_on between :start and :end
					     and least(closed_on, :today) > deadline)""")
				.param("agencies", agencies)
				.param("start", month.atDay(1))
				.param("end", month.atEndOfMonth())
				.param("today", today)
				.query(rs -> {
					received.add(rs.getLong(1));
					long due = rs.getLong(2);
					onTime.add(due == 0 ? null : (int) Math.round(100.0 * rs.getLong(3) / due));
					proposals.add(rs.getLong(4));
					found.add(rs.getLong(5));
					late.add(rs.getLong(6));
				});
		}
		return new MonthlyFigures(months, received, onTime, proposals, found, late);
	}

	private boolean readable(Staff staff, String agencyCode, java.util.function.Predicate<AgencyInfo> test) {
		return offices.readableAgencies(staff)
			.values()
			.stream()
			.anyMatch(agency -> agency.code().equals(agencyCode) && test.test(agency));
	}

	private ConsultationView view(ResultSet rs, LocalDate today, Staff staff, Map<Long, AgencyInfo> agencies)
			throws SQLException {
		ConsultationStatus status = ConsultationStatus.valueOf(rs.getString("status"));
		LocalDate received = rs.getObject("received_on", LocalDate.class);
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		LocalDate limit = rs.getObject("limit_on", LocalDate.class);
		LocalDate handled = rs.getObject("handled_on", LocalDate.class);
		return new ConsultationView(rs.getLong("id"), rs.getString("tracking_number"), rs.getString("agency_code"),
				rs.getString("agency_name"), rs.getString("asker_name"), ConsultationView.mask(rs.getString("asker_phone")),
				rs.getString("asker_email"), rs.getString("subject"), rs.getString("question"),
				rs.getBoolean("publish_agreed"), status, received, due, calendar.isProvisional(received, due), limit, handled, rs.getString("handled_by"),
				rs.getString("answer"), rs.getBoolean("published"), rs.getString("reason"), rs.getString("to_number"),
				rs.getString("to_agency"), rs.getString("from_number"), handled == null && today.isAfter(due),
				handled != null && handled.isAfter(due),
				handled == null ? today.isAfter(limit) : handled.isAfter(limit),
				handled == null && !today.isAfter(limit) && !today.plusDays(NEAR_LIMIT_DAYS).isBefore(limit),
				ConsultationDesk.allowedActions(staff, agencies.get(rs.getLong("agency_id")), status));
	}

	private PublicAnswer publicAnswer(ResultSet rs, int row) throws SQLException {
		LocalDate received = rs.getObject("received_on", LocalDate.class);
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		return new PublicAnswer(rs.getString("tracking_number"), rs.getString("agency_name"), rs.getString("subject"),
				rs.getString("question"), ConsultationStatus.valueOf(rs.getString("status")),
				received, due, calendar.isProvisional(received, due), rs.getObject("handled_on", LocalDate.class), rs.getString("answer"), rs.getString("reason"),
				rs.getString("to_number"), rs.getString("to_agency"));
	}

}
