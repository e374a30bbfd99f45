package org.gongkai.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.gongkai.platform.DomainException;
import org.gongkai.platform.Sha256;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for {@code /api/v1}: 256 random bits, shown once, stored only as their SHA-256 (a token is
 * high-entropy, so a fast hash is the right one; passwords use bcrypt).
 */
@Service
public class ApiTokens {

	static final String PREFIX = "gk_";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final StaffDirectory staff;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, StaffDirectory staff, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public IssuedApiToken issue(Staff owner, String name) {
		if (name == null || name.isBlank() || name.length() > 60) {
			throw DomainException.invalid("name", "identity.token.nameRequired");
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Timestamp now = Timestamp.from(clock.instant());
		long id = jdbc.sql("""
				insert into api_token (staff_user, name, token_hash, created_at)
				values (:user, :name, :hash, :now) returning id""")
			.param("user", owner.userId())
			.param("name", name.strip())
			.param("hash", hash(secret))
			.param("now", now)
			.query(Long.class)
			.single();
		events.publishEvent(new StaffAccountChanged(owner.username(), owner.agencyCode(), "API_TOKEN_ISSUED",
				"token=" + id + ", name=" + name.strip(), owner.username()));
		return new IssuedApiToken(new ApiToken(id, name.strip(), now.toInstant(), null, null), secret);
	}

	public List<ApiToken> of(Staff owner) {
		return jdbc.sql("""
				select id, name, created_at, last_used_at, revoked_at from api_token
				where staff_user = :user order by id desc""")
			.param("user", owner.userId())
			.query((rs, row) -> new ApiToken(rs.getLong("id"), rs.getString("name"),
					rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
					instant(rs.getTimestamp("revoked_at"))))
			.list();
	}

	@Transactional
	public void revoke(Staff owner, long tokenId) {
		int changed = jdbc.sql("""
				update api_token set revoked_at = :now
				where id = :id and staff_user = :user and revoked_at is null""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", tokenId)
			.param("user", owner.userId())
			.update();
		if (changed == 0) {
			throw DomainException.notFound("identity.token.notFound", tokenId);
		}
		events.publishEvent(new StaffAccountChanged(owner.username(), owner.agencyCode(), "API_TOKEN_REVOKED",
				"token=" + tokenId, owner.username()));
	}

	/** The staff member a live token belongs to; empty for an unknown or revoked token or a locked account. */
	@Transactional
	public Optional<StaffPrincipal> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				update api_token set last_used_at = :now
				where token_hash = :hash and revoked_at is null returning staff_user""")
			.param("now", Timestamp.from(clock.instant()))
			.param("hash", hash(secret))
			.query(Long.class)
			.optional()
			.flatMap(staff::principal)
			.filter(principal -> principal.isEnabled() && principal.isAccountNonLocked());
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static String hash(String secret) {
		return Sha256.hex(secret);
	}

}
