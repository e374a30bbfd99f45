package org.gongkai.appeals;

import java.time.LocalDate;

/** A case brought in from an older system (annual-report.md §6), keyed by its reference. */
public record ImportedAppeal(String reference, AppealKind kind, LocalDate filedOn, LocalDate decidedOn,
		AppealResult result) {
}
