package org.gongkai.interaction;

import java.time.LocalDate;

/** A problem an inspection found, with the fix it requires, the deadline and the person responsible. */
public record NewFinding(String agencyCode, FindingSource source, LocalDate foundOn, String problem,
		String requiredFix, LocalDate deadline, String responsiblePerson) {
}
