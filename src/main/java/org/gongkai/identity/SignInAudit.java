package org.gongkai.identity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Leaves an audit entry for every login to the back office, every logout and every failed login (form or HTTP
 * Basic), with the address it came from. A successful HTTP Basic or token call of the stateless API is not a login
 * and leaves none. The lock-out itself is {@link LoginAttempts}'.
 */
@Component
class SignInAudit {

	private final StaffUserRepository users;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	SignInAudit(StaffUserRepository users, AgencyDirectory agencies, ApplicationEventPublisher events) {
		this.users = users;
		this.agencies = agencies;
		this.events = events;
	}

	@EventListener
	void loggedIn(InteractiveAuthenticationSuccessEvent event) {
		record(event.getAuthentication(), "LOGIN");
	}

	@EventListener
	void loggedOut(LogoutSuccessEvent event) {
		record(event.getAuthentication(), "LOGOUT");
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		record(event.getAuthentication(), "LOGIN_FAILED");
	}

	private void record(Authentication authentication, String action) {
		if (authentication == null) {
			return;
		}
		String name = authentication.getName() == null ? "" : authentication.getName();
		String username = name.length() > 64 ? name.substring(0, 64) : name;
		String agency = users.findByUsername(username)
			.flatMap(user -> agencies.find(new AgencyId(user.agencyId())))
			.map(AgencyInfo::code)
			.orElse(null);
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		String actor = action.equals("LOGIN_FAILED") ? "public" : username;
		events.publishEvent(new StaffAccountChanged(username, agency, action,
				address == null ? "" : "address=" + address, actor));
	}

}
