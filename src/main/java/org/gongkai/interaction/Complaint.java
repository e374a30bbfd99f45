package org.gongkai.interaction;

import java.time.LocalDate;

/** A complaint about the agency's disclosure work and how it was handled. */
public record Complaint(Long id, String agencyCode, String agencyName, LocalDate receivedOn, String complainant,
		String summary, String handling, LocalDate handledOn, String recordedBy) {
}
