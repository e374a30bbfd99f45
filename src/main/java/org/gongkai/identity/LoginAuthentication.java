package org.gongkai.identity;

import java.util.OptionalInt;

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
 * Username and password logins (the form and HTTP Basic), guarded against guessing (issue 22): a login from an
 * address over its failure limit ({@link LoginThrottle}) or for an account that has no attempt left
 * ({@link LoginAttempts}) is refused without evaluating the password, and every refusal is the same "bad
 * credentials", so that neither the page nor the API tells which accounts are locked. The counter
 * {@code gongkai.logins} counts the outcomes ({@code succeeded}, {@code failed}: a password evaluated and wrong,
 * {@code refused}: not evaluated).
 */
@Component
class LoginAuthentication implements org.springframework.security.authentication.AuthenticationProvider {

	private static final String NOT_ACCEPTED = "bad credentials";

	private final DaoAuthenticationProvider passwords;

	private final PasswordEncoder encoder;

	private final LoginAttempts attempts;

	private final LoginThrottle throttle;

	private final Counter succeeded;

	private final Counter failed;

	private final Counter refused;

	/** A hash to spend a refused login's time on, so that a refusal takes as long as a wrong password. */
	private final String decoy;

	LoginAuthentication(StaffDirectory directory, PasswordEncoder encoder, LoginAttempts attempts,
			LoginThrottle throttle, MeterRegistry meters) {
		this.passwords = new DaoAuthenticationProvider(directory);
		this.passwords.setPasswordEncoder(encoder);
		this.encoder = encoder;
		this.attempts = attempts;
		this.throttle = throttle;
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
		if (!throttle.allows(address) || username.indexOf('\u0000') >= 0) {
			throw refuse(login, address);
		}
		OptionalInt attempt = attempts.claim(username);
		if (attempt.isEmpty()) {
			throw refuse(login, address);
		}
		if (attempt.getAsInt() > attempts.limit()) {
			attempts.lock(username);
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
			if (attempt.getAsInt() >= attempts.limit()) {
				attempts.lock(username);
			}
			throw e;
		}
		catch (AccountStatusException e) {
			// locked or disabled between the claim and the load: the same answer as any refusal
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
