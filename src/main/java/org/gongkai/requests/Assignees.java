package org.gongkai.requests;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.platform.DomainException;

import org.springframework.stereotype.Component;

/**
 * Whom an application may be given to: the staff of its own agency who handle applications ({@link RequestRoles}),
 * as the identity module lists them, so that a mistyped name never leaves an application with nobody.
 */
@Component
class Assignees {

	private final StaffAccounts accounts;

	Assignees(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * The choice of an application of the agency now assigned to {@code current}: the agency's handlers, and the
	 * current assignee too when they are no longer one (a closed account), so that the page still names them.
	 */
	List<RequestView.Assignee> choices(AgencyInfo agency, String current) {
		List<RequestView.Assignee> choices = new ArrayList<>(handlers(agency));
		if (current != null && choices.stream().noneMatch(a -> a.username().equals(current))) {
			choices.add(new RequestView.Assignee(current, current, false));
		}
		return List.copyOf(choices);
	}

	/**
	 * The username to assign, stripped, or null for nobody; refuses (400) anyone who does not handle the agency's
	 * applications.
	 */
	String checked(AgencyInfo agency, String username) {
		if (username == null || username.isBlank()) {
			return null;
		}
		String wanted = username.strip();
		if (handlers(agency).stream().noneMatch(a -> a.username().equals(wanted))) {
			throw DomainException.invalid("username", "requests.assignee.notHandler", wanted, agency.name());
		}
		return wanted;
	}

	private List<RequestView.Assignee> handlers(AgencyInfo agency) {
		return accounts.holding(agency.id(), RequestRoles.HANDLERS)
			.stream()
			.map(account -> new RequestView.Assignee(account.username(), account.displayName(), true))
			.toList();
	}

}
