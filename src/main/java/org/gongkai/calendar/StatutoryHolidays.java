package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The provisional calendar of a year whose State Council notice has not been entered: the holidays of all citizens
 * that 《全国年节及纪念日放假办法》 fixes, computed from its rules, and nothing else (the 调休 make-up workdays are known
 * only from the notice).
 * <ul>
 * <li>From 2025 (国务院令第795号, in force 2025-01-01), art. 2: 元旦 1 day (1 January); 春节 4 days (农历除夕, 正月初一至
 * 初三); 清明节 1 day (the day of the 清明 solar term); 劳动节 2 days (1–2 May); 端午节 1 day (农历五月初五); 中秋节 1 day
 * (农历八月十五); 国庆节 3 days (1–3 October).</li>
 * <li>Until 2024 (the 2013 revision, 国务院令第644号): 春节 3 days (正月初一至初三) and 劳动节 1 day; the rest alike.</li>
 * <li>Art. 6: a holiday of all citizens that falls on a Saturday or Sunday is made up on a working day (补假): here the
 * first weekdays after the holiday that are not holidays themselves.</li>
 * </ul>
 * Lunar dates and the 清明 term come from {@link ChineseLunisolar}. Pure; computed once per year.
 */
public final class StatutoryHolidays {

	/** The first year of the 2024 revision (国务院令第795号). */
	static final int REVISION_2024 = 2025;

	private static final Map<Integer, List<CalendarDay>> BY_YEAR = new ConcurrentHashMap<>();

	private StatutoryHolidays() {
	}

	/** The statutory days of {@code year} with their 补假 days, in date order, all of kind {@link DayKind#HOLIDAY}. */
	public static List<CalendarDay> of(int year) {
		return BY_YEAR.computeIfAbsent(year, StatutoryHolidays::compute);
	}

	/** The days art. 2 names for {@code year}, without 补假. */
	static List<CalendarDay> statutoryDays(int year) {
		List<CalendarDay> days = new ArrayList<>();
		add(days, "元旦", LocalDate.of(year, 1, 1), 1);
		LocalDate springFestival = ChineseLunisolar.lunarDate(year, 1, 1);
		if (year >= REVISION_2024) {
			add(days, "春节", springFestival.minusDays(1), 4);
		}
		else {
			add(days, "春节", springFestival, 3);
		}
		add(days, "清明节", ChineseLunisolar.solarTerm(year, 15), 1);
		add(days, "劳动节", LocalDate.of(year, 5, 1), year >= REVISION_2024 ? 2 : 1);
		add(days, "端午节", ChineseLunisolar.lunarDate(year, 5, 5), 1);
		add(days, "中秋节", ChineseLunisolar.lunarDate(year, 8, 15), 1);
		add(days, "国庆节", LocalDate.of(year, 10, 1), 3);
		return days;
	}

	private static List<CalendarDay> compute(int year) {
		Map<LocalDate, CalendarDay> days = new TreeMap<>();
		for (CalendarDay day : statutoryDays(year)) {
			days.putIfAbsent(day.day(), day);
		}
		// Art. 6: each weekend day of a run of holidays is made up on the next weekday that is not a holiday.
		List<CalendarDay> statutory = new ArrayList<>(days.values());
		for (int i = 0; i < statutory.size();) {
			int end = i;
			while (end + 1 < statutory.size()
					&& statutory.get(end + 1).day().equals(statutory.get(end).day().plusDays(1))) {
				end++;
			}
			long weekendDays = statutory.subList(i, end + 1).stream().filter(day -> isWeekend(day.day())).count();
			LocalDate next = statutory.get(end).day();
			for (long made = 0; made < weekendDays;) {
				next = next.plusDays(1);
				if (!isWeekend(next) && !days.containsKey(next)) {
					days.put(next, new CalendarDay(next, DayKind.HOLIDAY, statutory.get(end).name() + "（补假）"));
					made++;
				}
			}
			i = end + 1;
		}
		return days.values().stream().sorted(Comparator.comparing(CalendarDay::day)).toList();
	}

	private static void add(List<CalendarDay> days, String name, LocalDate first, int count) {
		for (int i = 0; i < count; i++) {
			days.add(new CalendarDay(first.plusDays(i), DayKind.HOLIDAY, name));
		}
	}

	private static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
