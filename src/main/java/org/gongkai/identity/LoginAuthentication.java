package org.gongkai.identity;

import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username and password logins (the form and HTTP Basic), guarded against guessing without a lock-out (issues 19 and
 * 22): after {@code gongkai.security.lockout.max-failures} attempts since an account's last success, or from an
 * address over its failure limit ({@link LoginThrottle}), the password is evaluated only with a valid proof of work
 * ({@link LoginChallenges}), or, for an account, once per wait without it ({@link LoginAttempts}); any other attempt
 * is refused unevaluated. Every refusal is the same "bad credentials", so neither the page nor the API tells a
 * refusal from a wrong password. The counter {@code gongkai.logins} counts the outcomes ({@code succeeded},
 * {@code failed}: a password evaluated and wrong, {@code refused}: not evaluated).
 */
@Component
class LoginAuthentication implements org.springframework.security.authentication.AuthenticationProvider {

	private static final String NOT_ACCEPTED = "bad credentials";

	private final DaoAuthenticationProvider passwords;

	private final PasswordEncoder encoder;

	private final LoginAttempts attempts;

	private final LoginThrottle throttle;

	private final LoginChallenges challenges;

	private final Counter succeeded;

	private final Counter failed;

	private final Counter refused;

	/** A hash to spend a refused login's time on, so that a refusal takes as long as a wrong password. */
	private final String decoy;

	LoginAuthentication(StaffDirectory directory, PasswordEncoder encoder, LoginAttempts attempts,
			LoginThrottle throttle, LoginChallenges challenges, MeterRegistry meters) {
		this.passwords = new DaoAuthenticationProvider(directory);
		this.passwords.setPasswordEncoder(encoder);
		this.encoder = encoder;
		this.attempts = attempts;
		this.throttle = throttle;
		this.challenges = challenges;
		this.decoy = encoder.encode("decoy-password-of-no-account");
		this.succeeded = outcome(meters, "succeeded");
		this.failed = outcome(meters, "failed");
		this.refused = outcome(meters, "refused");
	}

	private static Counter outcome(MeterRegistry meters, String outcome) {
		return Counter.builder("gongkai.logins")
			.description("Username and password logins by outcome")
			.tag("outcome", outcome)
			.register(meters);
	}

	@Override
	public Authentication authenticate(Authentication login) {
		String address = login.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "";
		String username = login.getName();
		if (username.indexOf('\u0000') >= 0) {
			throw refuse(login, address);
		}
		boolean proven = login.getDetails() instanceof SignInDetails details && details.proof() != null
				&& challenges.accepts(details.challenge(), details.proof(), username);
		if (!proven && !throttle.allows(address)) {
			throw refuse(login, address);
		}
		Optional<LoginAttempts.Claim> claim = attempts.claim(username, proven);
		if (claim.isEmpty()) {
			// no enabled account of that name: challenged alike after as many failures, and never evaluated
			String key = LoginThrottle.account(username);
			throttle.failed(key);
			throw refuse(login, address);
		}
		if (!claim.get().admitted()) {
			throw refuse(login, address);
		}
		try {
			Authentication authenticated = passwords.authenticate(login);
			attempts.succeeded(username);
			succeeded.increment();
			return authenticated;
		}
		catch (BadCredentialsException e) {
			failed.increment();
			throttle.failed(address);
			if (claim.get().number() == attempts.limit()) {
				attempts.challengeBegins(username);
			}
			throw e;
		}
		catch (AccountStatusException e) {
			// disabled between the claim and the load: the same answer as any refusal
			throw refuse(login, address);
		}
	}

	private AuthenticationException refuse(Authentication login, String address) {
		Object presented = login.getCredentials();
		encoder.matches(presented == null ? "" : presented.toString(), decoy);
		refused.increment();
		throttle.failed(address);
		return new BadCredentialsException(NOT_ACCEPTED);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
