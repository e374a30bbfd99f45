package org.gongkai.identity;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The address a staff session signed in from, for the sessions page (issue 19). With sessions in the database
 * ({@code gongkai.cluster.sessions=jdbc}) it is read from the session itself, whichever node made it: the login's
 * details in the security context the session holds. With sessions in memory (one node) the web layer tells it at
 * each login, and the entry goes with the session.
 */
@Component
public class SessionAddresses {

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> repository;

	private final Map<String, String> inMemory = new ConcurrentHashMap<>();

	SessionAddresses(ObjectProvider<FindByIndexNameSessionRepository<?>> repository) {
		this.repository = repository;
	}

	/** A staff member signed in with the session {@code sessionId} (after the login changed its id). */
	public void signedIn(String sessionId, String address) {
		if (repository.getIfAvailable() == null && sessionId != null && address != null) {
			inMemory.put(sessionId, address);
		}
	}

	@EventListener
	void ended(SessionDestroyedEvent event) {
		inMemory.remove(event.getId());
	}

	/** The address the session signed in from, if known. */
	public Optional<String> of(String sessionId) {
		FindByIndexNameSessionRepository<?> sessions = repository.getIfAvailable();
		if (sessions == null) {
			return Optional.ofNullable(inMemory.get(sessionId));
		}
		Session session = sessions.findById(sessionId);
		Object context = session == null ? null
				: session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		Authentication authentication = context instanceof SecurityContext security ? security.getAuthentication()
				: null;
		return authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
				? Optional.ofNullable(details.getRemoteAddress()) : Optional.empty();
	}

}
