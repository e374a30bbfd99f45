package org.gongkai.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import org.gongkai.IntegrationTest;
import org.gongkai.MovableClock;
import org.gongkai.platform.GongkaiProperties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The proof-of-work challenge that replaced the lock-out (issue 19): after five failures for a name, the right
 * password without a proof is refused and the page shows the challenge; a valid proof gets in; a reused, expired,
 * forged or other name's proof is refused; without JavaScript, a login after the stated wait gets in without one; and
 * nobody can keep the owner out any longer by failing on purpose.
 */
@IntegrationTest
class LoginChallengeTests {

	private static final Pattern NONCE = Pattern.compile("data-nonce=\"([^\"]+)\"");

	private static final Pattern DIFFICULTY = Pattern.compile("data-difficulty=\"([0-9]+)\"");

	private static final Pattern TOKEN = Pattern.compile("name=\"challenge\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffDirectory directory;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MeterRegistry meters;

	@Autowired
	GongkaiProperties properties;

	@Autowired
	Environment environment;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	ApplicationEventPublisher events;

	/** A challenge as the login page carries it, and the counter that answers it. */
	record Solved(String token, String nonce, int difficulty, String proof) {
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private ResultActions login(String username, String password, String address, Solved proof) throws Exception {
		var request = post("/admin/login").param("username", username).param("password", password);
		if (proof != null) {
			request.param("challenge", proof.token()).param("proof", proof.proof());
		}
		return mvc.perform(request.with(csrf()).with(from(address)));
	}

	private void failFiveTimes(String username, String address) throws Exception {
		for (int i = 0; i < 5; i++) {
			login(username, "wrong-password-" + i, address, null).andExpect(redirectedUrl("/admin/login?error"));
		}
	}

	/** The login page after a failed login as {@code username}: the challenge it carries, solved; null when none. */
	private Solved challengeAfterFailure(String username, String password, String address) throws Exception {
		MockHttpSession session = (MockHttpSession) login(username, password, address, null)
			.andExpect(redirectedUrl("/admin/login?error"))
			.andReturn()
			.getRequest()
			.getSession();
		String page = mvc.perform(get("/admin/login").param("error", "").session(session).with(from(address)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher nonce = NONCE.matcher(page);
		if (!nonce.find()) {
			assertThat(page).doesNotContain("login-challenge");
			return null;
		}
		assertThat(page).contains("用户名或密码不正确", "等待 30 秒", "login-proof.js");
		Matcher difficulty = DIFFICULTY.matcher(page);
		Matcher token = TOKEN.matcher(page);
		assertThat(difficulty.find()).isTrue();
		assertThat(token.find()).isTrue();
		int bits = Integer.parseInt(difficulty.group(1));
		return new Solved(token.group(1), nonce.group(1), bits, solve(nonce.group(1), bits));
	}

	static String solve(String nonce, int difficulty) {
		for (long counter = 0;; counter++) {
			if (LoginChallenges.solves(nonce, Long.toString(counter), difficulty)) {
				return Long.toString(counter);
			}
		}
	}

	@Test
	void afterFiveFailuresTheRightPasswordNeedsAValidProof() throws Exception {
		open("challenged", "Challenged-2026");
		assertThat(challengeAfterFailure("challenged", "wrong-at-first", "198.19.1.1")).as("no challenge at first")
			.isNull();
		failFiveTimes("challenged", "198.19.1.2");
		// the right password without a proof is refused, and the page shows the challenge
		Solved solved = challengeAfterFailure("challenged", "Challenged-2026", "198.19.1.3");
		assertThat(solved).isNotNull();
		assertThat(solved.difficulty()).isEqualTo(14);
		mvc.perform(get("/api/v1/agencies").with(httpBasic("challenged", "Challenged-2026")).with(from("198.19.1.4")))
			.andExpect(status().isUnauthorized());
		// with a valid proof it gets in, and the count starts again
		login("challenged", "Challenged-2026", "198.19.1.5", solved).andExpect(redirectedUrl("/admin"));
		mvc.perform(get("/api/v1/agencies").with(httpBasic("challenged", "Challenged-2026")).with(from("198.19.1.6")))
			.andExpect(status().isOk());
	}

	@Test
	void aReusedProofIsRefused() throws Exception {
		open("reuser", "Reuser-Pass-2026");
		failFiveTimes("reuser", "198.19.2.1");
		Solved solved = challengeAfterFailure("reuser", "wrong-again", "198.19.2.2");
		// the proof lets one wrong password be evaluated, and is spent
		login("reuser", "still-wrong", "198.19.2.3", solved).andExpect(redirectedUrl("/admin/login?error"));
		login("reuser", "Reuser-Pass-2026", "198.19.2.4", solved).andExpect(redirectedUrl("/admin/login?error"));
		// a fresh one gets in, so it was the reuse that was refused
		Solved fresh = challengeAfterFailure("reuser", "wrong-once-more", "198.19.2.5");
		login("reuser", "Reuser-Pass-2026", "198.19.2.6", fresh).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void aForgedOrAnotherNamesProofIsRefused() throws Exception {
		open("forged", "Forged-Pass-2026");
		open("forger", "Forger-Pass-2026");
		failFiveTimes("forged", "198.19.3.1");
		failFiveTimes("forger", "198.19.3.2");
		Solved real = challengeAfterFailure("forged", "wrong-x", "198.19.3.3");
		// the difficulty lowered to 1 bit in the token, answered: the signature no longer fits
		String[] parts = real.token().split("\\.");
		String easier = parts[0] + "." + parts[1] + ".1." + parts[3] + "." + parts[4];
		login("forged", "Forged-Pass-2026", "198.19.3.4", new Solved(easier, real.nonce(), 1, solve(real.nonce(), 1)))
			.andExpect(redirectedUrl("/admin/login?error"));
		// a wrong counter
		String wrong = String.valueOf(Long.parseLong(real.proof()) + 1);
		if (!LoginChallenges.solves(real.nonce(), wrong, real.difficulty())) {
			login("forged", "Forged-Pass-2026", "198.19.3.5",
					new Solved(real.token(), real.nonce(), real.difficulty(), wrong))
				.andExpect(redirectedUrl("/admin/login?error"));
		}
		// another account's challenge, solved: bound to its name
		Solved others = challengeAfterFailure("forger", "wrong-y", "198.19.3.6");
		login("forged", "Forged-Pass-2026", "198.19.3.7", others).andExpect(redirectedUrl("/admin/login?error"));
		// the real one, unspent by the refusals above, still gets in
		login("forged", "Forged-Pass-2026", "198.19.3.8", real).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void anExpiredProofIsRefusedAndWithoutAProofTheWaitLetsTheOwnerIn() {
		String username = "waiter";
		try {
			open(username, "Waiter-Pass-2026");
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		MovableClock clock = new MovableClock(Instant.now());
		OnClock on = onClock(clock, 50);
		LoginChallenges challenges = on.challenges();
		LoginAuthentication logins = on.logins();
		for (int i = 0; i < 4; i++) {
			assertRefused(logins, username, "wrong-" + i, null);
		}
		assertThat(challenges.required(username, "198.19.4.1")).isEmpty();
		assertRefused(logins, username, "wrong-4", null);
		LoginChallenge challenge = challenges.required(username, "198.19.4.1").orElseThrow();
		assertThat(challenge.waitSeconds()).isEqualTo(30);
		String proof = solve(challenge.nonce(), challenge.difficulty());

		// no proof, within the wait: refused even with the right password
		clock.move(Duration.ofSeconds(29));
		assertRefused(logins, username, "Waiter-Pass-2026", null);
		// five minutes after the issue, a wrong password without a proof is evaluated (the wait has passed) and
		// starts the wait again; within it, the proof, now expired, is refused with the right password
		clock.move(Duration.ofSeconds(271));
		assertRefused(logins, username, "wrong-5", null);
		assertRefused(logins, username, "Waiter-Pass-2026", new String[] { challenge.token(), proof });
		clock.move(Duration.ofSeconds(29));
		assertRefused(logins, username, "Waiter-Pass-2026", null);
		// without JavaScript: after the wait the right password gets in without a proof
		clock.move(Duration.ofSeconds(1));
		assertThat(logins.authenticate(login(username, "Waiter-Pass-2026", null)).isAuthenticated()).isTrue();
		assertThat(challenges.required(username, "198.19.4.1")).isEmpty();
	}

	@Test
	void failingOnPurposeNoLongerKeepsTheOwnerOut() {
		String username = "target";
		try {
			open(username, "Target-Pass-2026");
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		MovableClock clock = new MovableClock(Instant.now());
		OnClock on = onClock(clock, 1_000_000);
		LoginChallenges challenges = on.challenges();
		LoginAuthentication logins = on.logins();
		// someone fails 5 times and then keeps hammering without proofs, once a second, for a minute
		for (int i = 0; i < 5; i++) {
			assertRefusedQuietly(logins, username, "attacker-" + i);
		}
		for (int i = 0; i < 60; i++) {
			clock.move(Duration.ofSeconds(1));
			assertRefusedQuietly(logins, username, "hammer-" + i);
		}
		// the owner answers the challenge (the difficulty has risen with the failures) and gets in
		LoginChallenge challenge = challenges.required(username, "198.19.5.1").orElseThrow();
		assertThat(challenge.difficulty()).isGreaterThan(14).isLessThanOrEqualTo(17);
		String proof = solve(challenge.nonce(), challenge.difficulty());
		assertThat(logins.authenticate(login(username, "Target-Pass-2026", new String[] { challenge.token(), proof }))
			.isAuthenticated()).isTrue();
	}

	/** The login components as the application wires them, on a clock the test moves. */
	record OnClock(LoginChallenges challenges, LoginAuthentication logins) {
	}

	private OnClock onClock(MovableClock clock, int failuresPerAddress) {
		LoginThrottle throttle = new LoginThrottle(failuresPerAddress, Duration.ofMinutes(15), clock);
		LoginAttempts attempts = new LoginAttempts(jdbc, agencies, events, clock, 5, Duration.ofSeconds(30));
		LoginChallenges challenges = new LoginChallenges(properties,
				environment.getProperty("gongkai.security.login.challenge-key", ""), jdbc, clock, attempts, throttle, 14,
				Duration.ofMinutes(5), Duration.ofSeconds(30));
		return new OnClock(challenges, new LoginAuthentication(directory, encoder, attempts, throttle, challenges, meters));
	}

	private static UsernamePasswordAuthenticationToken login(String username, String password, String[] proof) {
		UsernamePasswordAuthenticationToken login = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		login.setDetails(new SignInDetails("198.19.9.9", null, "LoginChallengeTests",
				proof == null ? null : proof[0], proof == null ? null : proof[1]));
		return login;
	}

	private static void assertRefused(LoginAuthentication logins, String username, String password, String[] proof) {
		assertThatThrownBy(() -> logins.authenticate(login(username, password, proof)))
			.isInstanceOf(BadCredentialsException.class);
	}

	private static void assertRefusedQuietly(LoginAuthentication logins, String username, String password) {
		assertRefused(logins, username, password, null);
	}

	private void open(String username, String password) {
		StaffFixtures.openEditor(context, username, password);
	}

}
