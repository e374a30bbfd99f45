package org.gongkai.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.KeyFiles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issues and checks the login's proof-of-work challenges (issue 19, instead of a lock-out that anyone could set off
 * against a known user): a challenge is a random nonce, a difficulty, the time of issue and the user name, signed
 * with HMAC-SHA256 under the key {@code keys/login-challenge} (or {@code gongkai.security.login.challenge-key}, which
 * several nodes must then share). A proof is accepted once (its nonce is recorded in {@code login_proof_used} until
 * it expires), for that user name only, within {@code gongkai.security.login.challenge-lifetime}.
 * <p>
 * At the default 14 bits a phone-class browser (Chromium, CPU slowed 6 times) solves a challenge in about half a second
 * (median), rarely more than 2.5 s; a native attacker pays about 2 ms of one core per guess (bench/login-challenge,
 * docs/benchmarks.md).
 */
@Component
public class LoginChallenges {

	static final String KEY_FILE = "login-challenge";

	private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

	private final SecureRandom random = new SecureRandom();

	private final byte[] key;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LoginAttempts attempts;

	private final LoginThrottle throttle;

	private final int baseDifficulty;

	private final Duration lifetime;

	private final Duration wait;

	LoginChallenges(GongkaiProperties properties, @Value("${gongkai.security.login.challenge-key:}") String configured,
			JdbcClient jdbc, Clock clock, LoginAttempts attempts, LoginThrottle throttle, @Value("${gongkai.security.login.difficulty:14}") int baseDifficulty,
			@Value("${gongkai.security.login.challenge-lifetime:PT5M}") Duration lifetime,
			@Value("${gongkai.security.login.wait:PT30S}") Duration wait) {
		this.key = KeyFiles.secret(properties, KEY_FILE, configured);
		this.jdbc = jdbc;
		this.clock = clock;
		this.attempts = attempts;
		this.throttle = throttle;
		this.baseDifficulty = baseDifficulty;
		this.lifetime = lifetime;
		this.wait = wait;
	}

	/**
	 * The challenge a login as {@code username} from {@code address} must answer, or empty when none is needed: after
	 * {@code gongkai.security.lockout.max-failures} attempts since the account's last success (for a name that is no
	 * enabled account, failures counted on this node), or when the address is over its failure limit.
	 */
	public Optional<LoginChallenge> required(String username, String address) {
		int over = attempts.attempts(username)
			.orElseGet(() -> throttle.failures(LoginThrottle.account(username))) - attempts.limit();
		if (over < 0 && throttle.allows(address)) {
			return Optional.empty();
		}
		return Optional.of(issue(username, difficulty(over)));
	}

	/** The difficulty after this many failures over the limit: one more bit for every five, at most three more. */
	int difficulty(int failuresOverLimit) {
		return baseDifficulty + Math.min(3, Math.max(0, failuresOverLimit) / 5);
	}

	/** A new challenge for a login as {@code username}. */
	LoginChallenge issue(String username, int difficulty) {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		String nonce = B64.encodeToString(bytes);
		String body = B64.encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "." + nonce + "." + difficulty
				+ "." + clock.instant().getEpochSecond();
		return new LoginChallenge(body + "." + sign(body), nonce, difficulty, wait.toSeconds());
	}

	/**
	 * Whether {@code proof} answers the challenge {@code token} for {@code username}: signed with the key, not
	 * expired, at least the base difficulty, the hash's leading bits zero, and not used before (this call uses it).
	 */
	boolean accepts(String token, String proof, String username) {
		if (token == null || proof == null || proof.isEmpty() || proof.length() > 20 || !proof.matches("[0-9]+")) {
			return false;
		}
		String[] parts = token.split("\\.", -1);
		if (parts.length != 5) {
			return false;
		}
		String body = parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3];
		if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
				parts[4].getBytes(StandardCharsets.US_ASCII))) {
			return false;
		}
		String boundTo = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
		int difficulty = Integer.parseInt(parts[2]);
		Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[3]));
		Instant now = clock.instant();
		if (!boundTo.equals(username) || difficulty < baseDifficulty || issued.isAfter(now)
				|| !issued.plus(lifetime).isAfter(now) || !solves(parts[1], proof, difficulty)) {
			return false;
		}
		return firstUse(parts[1], issued.plus(lifetime), now);
	}

	/** Whether SHA-256 of {@code nonce:counter} starts with {@code difficulty} zero bits. */
	static boolean solves(String nonce, String counter, int difficulty) {
		byte[] hash;
		try {
			hash = MessageDigest.getInstance("SHA-256")
				.digest((nonce + ":" + counter).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
		for (int bit = 0; bit < difficulty; bit++) {
			if ((hash[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
				return false;
			}
		}
		return true;
	}

	private boolean firstUse(String nonce, Instant expires, Instant now) {
		jdbc.sql("delete from login_proof_used where expires_at <= :now").param("now", Timestamp.from(now)).update();
		return jdbc.sql("""
				insert into login_proof_used (nonce, expires_at) values (:nonce, :expires)
				on conflict (nonce) do nothing""")
			.param("nonce", nonce)
			.param("expires", Timestamp.from(expires))
			.update() == 1;
	}

	private String sign(String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return B64.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
