package org.gongkai.appeals;

import java.time.LocalDate;

/**
 * A case as staff register it: the body is the reconsideration organ or the court; the application it concerns is
 * named by its tracking number when there is one.
 */
public record NewAppeal(AppealKind kind, String body, LocalDate filedOn, String requestTrackingNumber,
		String documents) {
}
