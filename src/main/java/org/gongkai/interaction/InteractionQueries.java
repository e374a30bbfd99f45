package org.gongkai.interaction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;

import org.gongkai.platform.LedgerPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read models of the module: one consultation for staff, the public lookup by
 * tracking number and the Q&A list, what is due this week, the supervisor's overview of its agencies and the
 * monthly figures its charts draw. Everything staff see is limited to the agencies they may read.
 */
@Service
public class InteractionQueries {

	/** How close to the 3-month limit an unanswered consultation is flagged. */
	public static final int NEAR_LIMIT_DAYS = 14;

	/** The ledger's filters. */
	public enum Filter {

		/** Everything (the form's dates narrow it). */
		ALL,
		/** Not yet handled. */
		OPEN,
		/** Unhandled past the due date, or handled after it. */
		LATE,
		/** Unhandled for more than 3 months, or close to it. */
		LIMIT

	}

	private static final String CONSULTATION = """
			select c.*, t.tracking_number as to_number, t.agency_id as to_agency_id, f.tracking_number as from_number
			from consultation c
			left join consultation t on t.id = c.forwarded_to_id
			left join consultation f on f.id = c.forwarded_from_id
			""";

	private final JdbcClient jdbc;

	private final InteractionRecords records;

	private final WorkingDayCalendar calendar;

	InteractionQueries(JdbcClient jdbc, InteractionRecords records, WorkingDayCalendar calendar) {
		this.jdbc = jdbc;
		this.records = records;
		this.calendar = calendar;
	}

	/** The agencies the caller may read, for the ledgers' query forms. */
	public List<AgencyInfo> agencies(Staff staff) {
		return records.readableAgencies(staff).agencies();
	}

	/** Whether the caller's disclosure office handles the agency's consultations, proposals and findings. */
	public boolean handles(Staff staff, String agencyCode) {
		return readable(staff, agencyCode, agency -> InteractionRoles.handles(staff, agency));
	}

	/** Whether the caller edits documents for the agency, e.g. drafts the year's proposal summary for publication. */
	public boolean edits(Staff staff, String agencyCode) {
		return readable(staff, agencyCode, agency -> staff.canActFor(agency, Role.EDITOR));
	}

	/** The agencies the caller may record supervising-office findings for (those below its own). */
	public List<AgencyInfo> inspectable(Staff staff, FindingSource source) {
		return records.readableAgencies(staff)
			.agencies()
			.stream()
			.filter(agency -> Inspections.mayInspect(staff, agency, source))
			.toList();
	}

	public ConsultationView consultation(Staff staff, long id) {
		LocalDate today = records.today();
		AgencyScope names = records.everyAgency();
		return jdbc.sql(CONSULTATION + " where c.id = :id")
			.param("id", id)
			.query((rs, row) -> view(rs, today, names, staff))
			.optional()
			.filter(view -> records.readableAgencies(staff).findByCode(view.agencyCode()).isPresent())
			.orElseThrow(() -> DomainException.notFound("interaction.consultation.notFound", id));
	}

	/** The asker looks their consultation up by its tracking number. */
	public Optional<PublicAnswer> lookUp(String trackingNumber) {
		if (trackingNumber == null || trackingNumber.isBlank()) {
			return Optional.empty();
		}
		AgencyScope names = records.everyAgency();
		return jdbc.sql(CONSULTATION + " where c.tracking_number = :number")
			.param("number", trackingNumber.strip().toUpperCase(java.util.Locale.ROOT))
			.query((rs, row) -> publicAnswer(rs, names))
			.optional();
	}

	/** Published answers a page of the portal shows. */
	public static final int ANSWERS_A_PAGE = 20;

	/**
	 * One page of the answered consultations that the asker and the office agreed to publish, latest first, with
	 * the number of them all (every one is on some page).
	 */
	public LedgerPage<PublicAnswer> publishedAnswers(String agencyCode, int page) {
		AgencyScope names = records.everyAgency();
		Optional<AgencyInfo> agency = Optional.ofNullable(agencyCode).flatMap(names::findByCode);
		int number = Math.max(page, 1);
		if (agencyCode != null && agency.isEmpty()) {
			return new LedgerPage<>(List.of(), 0, number, ANSWERS_A_PAGE);
		}
		String where = " where c.status = 'ANSWERED' and c.published"
				+ (agency.isEmpty() ? "" : " and c.agency_id = :agency");
		long agencyId = agency.map(a -> a.id().value()).orElse(0L);
		long total = jdbc.sql("select count(*) from consultation c" + where)
			.param("agency", agencyId)
			.query(Long.class)
			.single();
		List<PublicAnswer> answers = jdbc.sql(CONSULTATION + where
				+ " order by c.handled_on desc, c.id desc limit :size offset :offset")
			.param("agency", agencyId)
			.param("size", ANSWERS_A_PAGE)
			.param("offset", (long) (number - 1) * ANSWERS_A_PAGE)
			.query((rs, row) -> publicAnswer(rs, names))
			.list();
		return new LedgerPage<>(answers, total, number, ANSWERS_A_PAGE);
	}

	/** Unhandled items across the three ledgers due by the end of this week (Sunday), overdue ones included. */
	public List<DueItem> dueThisWeek(Staff staff) {
		LocalDate today = records.today();
		LocalDate sunday = today.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		AgencyScope agencies = records.readableAgencies(staff);
		return jdbc.sql("""
				select 'CONSULTATION' as kind, c.id, c.agency_id, c.tracking_number || ' ' || c.subject as title,
				  c.due_on
				from consultation c
				where %s and c.due_on <= :sunday and c.agency_id in (:agencies)
				union all
				select 'PROPOSAL', p.id, p.agency_id, p.reference || ' ' || p.title, p.due_on
				from proposal p
				where %s and p.due_on <= :sunday and p.agency_id in (:agencies)
				union all
				select 'FINDING', f.id, f.agency_id, f.problem, f.deadline
				from finding f
				where %s and f.deadline <= :sunday and f.agency_id in (:agencies)
				order by 5, 1, 2""".formatted(ReplyDeadlines.CONSULTATION_OPEN_SQL, ReplyDeadlines.PROPOSAL_OPEN_SQL,
				ReplyDeadlines.FINDING_OPEN_SQL))
			.param("sunday", sunday)
			.param("agencies", agencies.ids())
			.query((rs, row) -> new DueItem(DueItem.Kind.valueOf(rs.getString(1)), rs.getLong(2),
					agencies.get(rs.getLong(3)).name(), rs.getString(4), rs.getObject(5, LocalDate.class),
					ReplyDeadlines.overdue(null, rs.getObject(5, LocalDate.class), today)))
			.list();
	}

	/** Open and overdue items per agency the caller may read, tree-ordered. */
	public List<AgencyLoad> overview(Staff staff) {
		LocalDate today = records.today();
		List<AgencyLoad> loads = new ArrayList<>();
		for (AgencyInfo agency : records.readableAgencies(staff).agencies()) {
			loads.add(jdbc.sql("""
					select
					  (select count(*) from consultation c where c.agency_id = :id and %s),
					  (select count(*) from consultation c where c.agency_id = :id and %s),
					  (select count(*) from consultation c where c.agency_id = :id and %s),
					  (select count(*) from proposal p where p.agency_id = :id and %s),
					  (select count(*) from proposal p where p.agency_id = :id and %s),
					  (select count(*) from finding f where f.agency_id = :id and %s),
					  (select count(*) from finding f where f.agency_id = :id and %s)""".formatted(
					ReplyDeadlines.CONSULTATION_OPEN_SQL, ReplyDeadlines.CONSULTATION_OVERDUE_SQL,
					ReplyDeadlines.CONSULTATION_BEYOND_LIMIT_SQL, ReplyDeadlines.PROPOSAL_OPEN_SQL,
					ReplyDeadlines.PROPOSAL_OVERDUE_SQL, ReplyDeadlines.FINDING_OPEN_SQL,
					ReplyDeadlines.FINDING_OVERDUE_SQL))
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
		LocalDate today = records.today();
		YearMonth first = YearMonth.from(today).minusMonths(count - 1L);
		var agencies = records.readableAgencies(staff).ids();
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
		return records.readableAgencies(staff).findByCode(agencyCode).filter(test).isPresent();
	}

	ConsultationView view(ResultSet rs, LocalDate today, AgencyScope names, Staff staff)
			throws SQLException {
		ConsultationStatus status = ConsultationStatus.valueOf(rs.getString("status"));
		LocalDate received = rs.getObject("received_on", LocalDate.class);
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		LocalDate limit = rs.getObject("limit_on", LocalDate.class);
		LocalDate handled = rs.getObject("handled_on", LocalDate.class);
		AgencyInfo agency = names.get(rs.getLong("agency_id"));
		return new ConsultationView(rs.getLong("id"), rs.getString("tracking_number"), agency.code(),
				agency.name(), rs.getString("asker_name"), ConsultationView.mask(rs.getString("asker_phone")),
				rs.getString("asker_email"), ConsultationView.mask(rs.getString("subject")),
				ConsultationView.mask(rs.getString("question")),
				rs.getBoolean("publish_agreed"), status, received, due, calendar.isProvisional(received, due), limit, handled, rs.getString("handled_by"),
				rs.getString("answer"), rs.getBoolean("published"), rs.getString("reason"), rs.getString("to_number"),
				toAgency(rs, names), rs.getString("from_number"), ReplyDeadlines.overdue(handled, due, today),
				handled != null && handled.isAfter(due),
				handled == null ? today.isAfter(limit) : handled.isAfter(limit),
				handled == null && !today.isAfter(limit) && !today.plusDays(NEAR_LIMIT_DAYS).isBefore(limit),
				ConsultationDesk.allowedActions(staff, agency, status));
	}

	/** The agency the question went on to, which may lie outside the reader's scope. */
	private static String toAgency(ResultSet rs, AgencyScope names) throws SQLException {
		long id = rs.getLong("to_agency_id");
		return rs.wasNull() ? null : names.get(id).name();
	}

	private PublicAnswer publicAnswer(ResultSet rs, AgencyScope names) throws SQLException {
		LocalDate received = rs.getObject("received_on", LocalDate.class);
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		return new PublicAnswer(rs.getString("tracking_number"), names.get(rs.getLong("agency_id")).name(),
				rs.getString("subject"),
				rs.getString("question"), ConsultationStatus.valueOf(rs.getString("status")),
				received, due, calendar.isProvisional(received, due), rs.getObject("handled_on", LocalDate.class), rs.getString("answer"), rs.getString("reason"),
				rs.getString("to_number"), toAgency(rs, names));
	}

}
