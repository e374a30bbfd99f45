package org.gongkai.appeals;

import java.time.LocalDate;

/** One case as the pages show it; {@code result} is null while it is pending. */
public record AppealView(long id, AppealKind kind, String body, LocalDate filedOn, String requestTrackingNumber,
		LocalDate decidedOn, AppealResult result, String documents, String reference) {

	public boolean pending() {
		return result == null;
	}

}
