package org.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gongkai.calendar.CalendarChanged;

/** The sentence an application's timeline carries when the calendar moved its dates. */
final class DateMoves {

	/** The names of {@link DisclosureRequest#dates()}, in that order. */
	private static final List<String> NAMES = List.of("答复期限", "补正期限", "征求意见期限", "缴费期限");

	private DateMoves() {
	}

	static String describe(CalendarChanged change, List<LocalDate> before, List<LocalDate> after) {
		List<String> moves = new ArrayList<>();
		for (int i = 0; i < NAMES.size(); i++) {
			if (!Objects.equals(before.get(i), after.get(i))) {
				moves.add(NAMES.get(i) + "由 " + shown(before.get(i)) + " 调整为 " + shown(after.get(i)));
			}
		}
		return change.cause() + "，" + String.join("，", moves);
	}

	private static String shown(LocalDate date) {
		return date == null ? "—" : date.toString();
	}

}
