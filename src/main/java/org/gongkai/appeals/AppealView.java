package org.gongkai.appeals;

import java.time.LocalDate;
import java.util.Set;

/**
 * One case as the pages show it; {@code result} is null while it is pending. {@code allowedActions} are those the
 * table allows now that the staff member who reads it may take: an OFFICER of its agency, or an ADMIN above it.
 */
public record AppealView(long id, AppealKind kind, String body, LocalDate filedOn, String requestTrackingNumber,
		LocalDate decidedOn, AppealResult result, String documents, String reference,
		Set<AppealAction> allowedActions) {

	public boolean pending() {
		return result == null;
	}

	public AppealStatus status() {
		return pending() ? AppealStatus.PENDING : AppealStatus.DECIDED;
	}

	/** Whether the reader may take the action (named as in {@link AppealAction}) now; for the pages. */
	public boolean may(String action) {
		return allowedActions.contains(AppealAction.valueOf(action));
	}

}
