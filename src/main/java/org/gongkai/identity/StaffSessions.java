package org.gongkai.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Service;

/**
 * A staff member's back-office sessions, listed and ended (强退) by a SECURITY_ADMIN of the account's agency or of
 * one above it (issue 19). The sessions come from the {@link SessionRegistry}: Spring Security's own in memory, or
 * Spring Session's index by principal name when sessions are in the database ({@code gongkai.cluster.sessions=jdbc}),
 * so that a session on any node is listed and ended. A session is named by a short hash of its id, never by the id
 * itself (which would let whoever reads it take the session over). Ending one is audited ({@code STAFF_SESSION_ENDED});
 * the session is refused at its next request.
 */
@Service
public class StaffSessions {

	private final SessionRegistry registry;

	private final StaffAccounts accounts;

	private final RoleGrants grants;

	private final ApplicationEventPublisher events;

	private final StaffDirectory directory;

	private final SessionAddresses addresses;

	StaffSessions(SessionRegistry registry, StaffAccounts accounts, RoleGrants grants,
			ApplicationEventPublisher events, StaffDirectory directory, SessionAddresses addresses) {
		this.directory = directory;
		this.addresses = addresses;
		this.registry = registry;
		this.accounts = accounts;
		this.grants = grants;
		this.events = events;
	}

	/** One live session: its short name, the address it signed in from (null when unknown) and its last request. */
	public record Line(String reference, String address, Instant lastRequest) {
	}

	/** The account whose sessions the security administrator may see, or 404/403. */
	public StaffAccount account(Staff actor, long userId) {
		StaffAccount account = accounts.account(userId)
			.filter(found -> grants.grants(actor, found))
			.orElseThrow(() -> DomainException.notFound("identity.user.notFound", userId));
		return account;
	}

	/** The live sessions of the account of {@code userId}, the most recently used first. */
	public List<Line> of(Staff actor, long userId) {
		StaffAccount account = account(actor, userId);
		return sessions(account.username()).stream()
			.sorted(Comparator.comparing(SessionInformation::getLastRequest).reversed())
			.map(info -> new Line(reference(info.getSessionId()), addresses.of(info.getSessionId()).orElse(null),
					info.getLastRequest().toInstant()))
			.toList();
	}

	/** Ends the session of the account named by {@code reference}; answers whether there was one. */
	public boolean end(Staff actor, long userId, String reference) {
		StaffAccount account = account(actor, userId);
		for (SessionInformation info : sessions(account.username())) {
			if (reference(info.getSessionId()).equals(reference)) {
				info.expireNow();
				events.publishEvent(new StaffAccountChanged(account.username(), account.agencyCode(),
						"STAFF_SESSION_ENDED", "session=" + reference, actor.username()));
				return true;
			}
		}
		return false;
	}

	private List<SessionInformation> sessions(String username) {
		// the registry finds the sessions by the principal's username (StaffPrincipal's equality)
		return registry.getAllSessions(directory.loadUserByUsername(username), false);
	}

	/** The first 12 hexadecimal digits of the SHA-256 of a session id. */
	static String reference(String sessionId) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 6);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
