package org.gongkai.publishing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.platform.Beijing;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Staff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 栏目更新及时性 by the website indicators (国办秘函〔2019〕19号, rules.md §4.2–4.3): each column's last update against
 * its freshness class, blank columns, the age of the agency's home page, and the single-veto items (单项否决) they add
 * up to. Warns a few days before a column goes stale.
 */
@Service
public class ColumnFreshness {

	/** Warn this many days before a column's interval runs out. */
	static final int WARN_DAYS = 5;

	private final Catalog catalog;

	private final AgencyDirectory agencies;

	private final JdbcClient jdbc;

	private final DisclosureGuides guides;

	private final Clock clock;

	ColumnFreshness(Catalog catalog, AgencyDirectory agencies, JdbcClient jdbc, DisclosureGuides guides, Clock clock) {
		this.guides = guides;
		this.catalog = catalog;
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How a column stands. */
	public enum State {

		/** Updated within its interval. */
		FRESH,
		/** Within {@value ColumnFreshness#WARN_DAYS} days of its interval running out. */
		DUE_SOON,
		/** Not updated within its interval. */
		STALE,
		/** Never had content (空白栏目). */
		BLANK,
		/** No interval required, and not blank. */
		NOT_REQUIRED

	}

	/** One column's state. */
	public record ColumnState(CatalogColumn column, LocalDate lastUpdated, LocalDate dueBy, State state) {
	}

	/**
	 * One agency's report. The vetoes are the indicator's single-veto items that hold: {@code HOME_PAGE} (no update
	 * in 2 weeks), {@code STALE_COLUMNS} (5 or more news, notice or policy columns stale), {@code LONG_UNUPDATED} (10
	 * or more columns stale), {@code BLANK_COLUMNS} (5 or more blank columns).
	 */
	public record Report(AgencyInfo agency, LocalDate homeLastUpdated, boolean homeStale, List<ColumnState> columns,
			List<String> vetoes) {

		/** How many columns are in the named {@link State}. */
		public long count(String state) {
			return columns.stream().filter(column -> column.state() == State.valueOf(state)).count();
		}

	}

	/** The reports of every agency the staff member may read (a supervisor sees those below it). */
	public List<Report> readableBy(Staff staff) {
		return agencies.readableBy(staff).stream().map(this::report).toList();
	}

	public Report report(AgencyInfo agency) {
		LocalDate today = LocalDate.now(clock);
		Map<Long, LocalDate> lastUpdated = lastUpdates(agency);
		List<CatalogColumn> columns = catalog.of(agency.id());
		guides.updatedOn(agency.id())
			.ifPresent(day -> columns.stream()
				.filter(column -> column.code().equals(CatalogColumn.GUIDE))
				.forEach(column -> lastUpdated.merge(column.id(), day, (a, b) -> a.isAfter(b) ? a : b)));
		List<ColumnState> states = new ArrayList<>();
		for (CatalogColumn column : columns) {
			boolean leaf = columns.stream().noneMatch(other -> Long.valueOf(column.id()).equals(other.parentId()));
			states.add(state(column, leaf, lastUpdated.get(column.id()), today));
		}
		LocalDate home = lastUpdated.values().stream().max(LocalDate::compareTo).orElse(null);
		boolean homeStale = home == null || home.plusWeeks(2).isBefore(today);
		List<String> vetoes = new ArrayList<>();
		if (homeStale) {
			vetoes.add("HOME_PAGE");
		}
		long staleNewsOrPolicy = states.stream()
			.filter(s -> s.state() == State.STALE && s.column().freshness() != Freshness.PERSONNEL_OR_PLAN)
			.count();
		if (staleNewsOrPolicy >= 5) {
			vetoes.add("STALE_COLUMNS");
		}
		if (states.stream().filter(s -> s.state() == State.STALE).count() >= 10) {
			vetoes.add("LONG_UNUPDATED");
		}
		if (states.stream().filter(s -> s.state() == State.BLANK).count() >= 5) {
			vetoes.add("BLANK_COLUMNS");
		}
		return new Report(agency, home, homeStale, states, vetoes);
	}

	static ColumnState state(CatalogColumn column, boolean leaf, LocalDate last, LocalDate today) {
		if (last == null) {
			return new ColumnState(column, null, null, leaf ? State.BLANK : State.NOT_REQUIRED);
		}
		return column.freshness().interval().map(interval -> {
			LocalDate due = last.plus(interval);
			State state = due.isBefore(today) ? State.STALE
					: due.minusDays(WARN_DAYS).isAfter(today) ? State.FRESH : State.DUE_SOON;
			return new ColumnState(column, last, due, state);
		}).orElse(new ColumnState(column, last, null, State.NOT_REQUIRED));
	}

	private Map<Long, LocalDate> lastUpdates(AgencyInfo agency) {
		Map<Long, LocalDate> last = new HashMap<>();
		jdbc.sql("""
				select d.column_id, max(r.published_at) as last from document d
				join document_revision r on r.document_id = d.id
				where d.agency_id = :agency group by d.column_id""")
			.param("agency", agency.id().value())
			.query(rs -> {
				last.put(rs.getLong("column_id"),
						LocalDate.ofInstant(rs.getTimestamp("last").toInstant(), Beijing.ZONE));
			});
		return last;
	}

}
