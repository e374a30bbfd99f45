package org.gongkai.identity;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Leaves an audit entry for every login to the back office, every logout and every failed login (form or HTTP
 * Basic), with the address it came from and the browser's User-Agent: the login log of 等保 (issue 19), which the
 * audit page shows as its own tab. A successful HTTP Basic or token call of the stateless API is not a login
 * and leaves none. The lock-out itself is {@link LoginAttempts}'.
 * <p>
 * The entries are written by one thread of their own, in order, after the login has been answered: a burst of
 * guesses then never holds the request threads' connections waiting on the audit chain, which takes one entry at a
 * time, and so never answers 500 (a login changes no data that the entry would have to commit with). The queue is
 * drained on shutdown.
 */
@Component
class SignInAudit implements DisposableBean {

	static final int AGENT_LIMIT = 300;

	private final StaffUserRepository users;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final ThreadPoolTaskExecutor writer = new ThreadPoolTaskExecutor();

	SignInAudit(StaffUserRepository users, AgencyDirectory agencies, ApplicationEventPublisher events) {
		this.users = users;
		this.agencies = agencies;
		this.events = events;
		writer.setCorePoolSize(1);
		writer.setMaxPoolSize(1);
		writer.setQueueCapacity(100_000);
		writer.setThreadNamePrefix("sign-in-audit-");
		writer.setWaitForTasksToCompleteOnShutdown(true);
		writer.setAwaitTerminationSeconds(20);
		writer.setRejectedExecutionHandler(new java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy());
		writer.initialize();
	}

	@Override
	public void destroy() {
		writer.shutdown();
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
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		String actor = action.equals("LOGIN_FAILED") ? "public" : username;
		String summary = summary(address,
				authentication.getDetails() instanceof SignInDetails details ? details.userAgent() : null);
		writer.execute(() -> events.publishEvent(new StaffAccountChanged(username, agencyOf(username), action,
				summary, actor)));
	}

	/** The source address and the browser's User-Agent (cut at {@value #AGENT_LIMIT} characters), as the log shows them. */
	static String summary(String address, String userAgent) {
		StringBuilder summary = new StringBuilder();
		if (address != null) {
			summary.append("address=").append(address);
		}
		if (userAgent != null && !userAgent.isBlank()) {
			String agent = userAgent.replaceAll("\\p{Cntrl}", " ").strip();
			if (agent.length() > AGENT_LIMIT) {
				agent = agent.substring(0, AGENT_LIMIT);
			}
			summary.append(summary.isEmpty() ? "" : "; ").append("userAgent=").append(agent);
		}
		return summary.toString();
	}

	private String agencyOf(String username) {
		return users.findByUsername(username)
			.flatMap(user -> agencies.find(new AgencyId(user.agencyId())))
			.map(AgencyInfo::code)
			.orElse(null);
	}

}
