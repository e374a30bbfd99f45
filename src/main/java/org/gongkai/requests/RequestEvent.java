package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;

/** One line of an application's timeline: a {@link RequestAction}, or REGISTERED, ASSIGNED. */
public record RequestEvent(LocalDate on, String action, RequestStatus from, RequestStatus to, String actor,
		String details, Instant recordedAt) {
}
