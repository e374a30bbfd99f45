package org.gongkai.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.gongkai.platform.DomainException;

/**
 * The plain-text form in which staff type a notice's days, one line per date or range:
 * {@code 2026-02-15..2026-02-23 春节} or {@code 2026-02-14 春节}.
 */
public final class NoticeText {

	private NoticeText() {
	}

	/** Reads the lines of one kind of day; a bad line is rejected naming the field and the line number. */
	public static List<CalendarDay> parse(String field, String text, DayKind kind) {
		List<CalendarDay> days = new ArrayList<>();
		String[] lines = text == null ? new String[0] : text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\\s+", 2);
			if (parts.length < 2) {
				throw DomainException.invalid(field, "calendar.text.badLine", i + 1, line);
			}
			try {
				String[] range = parts[0].split("\\.\\.");
				LocalDate first = LocalDate.parse(range[0]);
				LocalDate last = range.length > 1 ? LocalDate.parse(range[1]) : first;
				if (last.isBefore(first) || first.plusDays(31).isBefore(last)) {
					throw DomainException.invalid(field, "calendar.text.badLine", i + 1, line);
				}
				for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
					days.add(new CalendarDay(day, kind, parts[1].strip()));
				}
			}
			catch (DateTimeParseException e) {
				throw DomainException.invalid(field, "calendar.text.badLine", i + 1, line);
			}
		}
		return days;
	}

	/** Writes days back as lines, joining consecutive dates of the same name into ranges. */
	public static String format(List<CalendarDay> days) {
		List<String> lines = new ArrayList<>();
		int i = 0;
		while (i < days.size()) {
			CalendarDay first = days.get(i);
			int j = i;
			while (j + 1 < days.size() && days.get(j + 1).day().equals(days.get(j).day().plusDays(1))
					&& days.get(j + 1).name().equals(first.name())) {
				j++;
			}
			CalendarDay last = days.get(j);
			lines.add((first == last ? first.day().toString() : first.day() + ".." + last.day()) + " " + first.name());
			i = j + 1;
		}
		return lines.stream().collect(Collectors.joining("\n"));
	}

}
