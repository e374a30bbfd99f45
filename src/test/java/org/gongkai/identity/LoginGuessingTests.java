package org.gongkai.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guessing passwords (issue 22, item 5): parallel guesses are counted atomically, so no more than the limit of them
 * is evaluated and none answers 500; one address guessing across accounts is stopped too; and the login page says
 * the same for a login refused unevaluated as for a wrong password, and challenges an unknown name as it does an
 * account (issue 19).
 */
@IntegrationTest
class LoginGuessingTests {

	private static final int PARALLEL = 40;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MeterRegistry meters;

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private double logins(String outcome) {
		return meters.get("gongkai.logins").tag("outcome", outcome).counter().count();
	}

	@Test
	void fortyParallelGuessesEvaluateAtMostFiveAndNeverFail() throws Exception {
		open("racer", "Racer-Secret-2026");
		double failedBefore = logins("failed");
		ExecutorService guessers = Executors.newFixedThreadPool(PARALLEL);
		try {
			List<Callable<Integer>> guesses = new ArrayList<>();
			for (int i = 0; i < PARALLEL; i++) {
				String guess = "wrong-guess-" + i;
				// from addresses of their own, so that only the account's count stops them
				String address = "203.0.113." + (i + 1);
				guesses.add(() -> mvc.perform(get("/api/v1/agencies").with(httpBasic("racer", guess)).with(from(address)))
					.andReturn()
					.getResponse()
					.getStatus());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : guessers.invokeAll(guesses)) {
				statuses.add(answer.get());
			}
			assertThat(statuses).hasSize(PARALLEL).containsOnly(401);
		}
		finally {
			guessers.shutdownNow();
		}
		// at most max-failures (5) passwords were compared; the other guesses were refused unevaluated
		assertThat(logins("failed") - failedBefore).isBetween(1.0, 5.0);
		// and the account is under the challenge now: the right password without a proof (HTTP Basic brings none) does
		// not get in either
		mvc.perform(get("/api/v1/agencies").with(httpBasic("racer", "Racer-Secret-2026")).with(from("203.0.113.99")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void oneAddressGuessingAcrossAccountsIsStopped() throws Exception {
		open("bystander", "Bystander-Secret-2026");
		String guesser = "192.0.2.77";
		// gongkai.security.login.max-failures-per-address: 50 in 15 minutes, spread over accounts that do not exist
		for (int i = 0; i < 50; i++) {
			mvc.perform(get("/api/v1/agencies").with(httpBasic("nobody-" + i, "guess-" + i)).with(from(guesser)))
				.andExpect(status().isUnauthorized());
		}
		double evaluatedBefore = logins("succeeded") + logins("failed");
		mvc.perform(get("/api/v1/agencies").with(httpBasic("bystander", "Bystander-Secret-2026")).with(from(guesser)))
			.andExpect(status().isUnauthorized());
		assertThat(logins("succeeded") + logins("failed")).isEqualTo(evaluatedBefore);
		mvc.perform(get("/api/v1/agencies").with(httpBasic("bystander", "Bystander-Secret-2026")).with(from("192.0.2.78")))
			.andExpect(status().isOk());
	}

	@Test
	void theLoginPageDoesNotTellARefusalFromAWrongPasswordNorAnAccountFromAnUnknownName() throws Exception {
		open("hidden-lock", "Hidden-Lock-2026");
		for (int i = 0; i < 5; i++) {
			for (String name : List.of("hidden-lock", "hidden-nobody")) {
				mvc.perform(post("/admin/login").param("username", name)
					.param("password", "wrong-" + i)
					.with(csrf())
					.with(from("198.18.0." + i))).andExpect(redirectedUrl("/admin/login?error"));
			}
		}
		String refused = page(formLogin("/admin/login").user("hidden-lock").password("Hidden-Lock-2026"));
		String unknown = page(formLogin("/admin/login").user("hidden-nobody").password("Hidden-Lock-2026"));
		String wrong = page(formLogin("/admin/login").user("editor").password("not-the-password-9"));
		// the right password refused without the proof reads as an unknown name does: the same failure, the same
		// challenge; a plain wrong password, before any challenge, the same failure without one
		assertThat(refused).isEqualTo(unknown).contains("用户名或密码不正确", "login-challenge", "等待 30 秒");
		assertThat(wrong).contains("用户名或密码不正确").doesNotContain("login-challenge");
		assertThat(withoutChallenge(refused)).isEqualTo(withoutChallenge(wrong));
		assertThat(refused).doesNotContain("锁定");
	}

	/** The page without the challenge's box and script, for comparing it with a page that has none. */
	private static String withoutChallenge(String page) {
		return page.replaceAll("(?s)<div class=\"notice\" id=\"login-challenge\".*?</div>", "")
			.replaceAll("<script src=\"/assets/login-proof.js\" defer></script>", "")
			.replaceAll("\\s+", " ");
	}

	/** The login page as the browser sees it after a failed login (redirected with the failure in the session). */
	private String page(org.springframework.test.web.servlet.RequestBuilder login) throws Exception {
		MockHttpSession session = (MockHttpSession) mvc.perform(login)
			.andExpect(redirectedUrl("/admin/login?error"))
			.andReturn()
			.getRequest()
			.getSession();
		return mvc.perform(get("/admin/login").param("error", "").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("notice error")))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
			// what differs by name and draw: the name tried, the challenge's random nonce and its signed token
			.replaceAll("id=\"username\" name=\"username\"[^>]*>", "id=\"username\">")
			.replaceAll("data-nonce=\"[^\"]*\"", "")
			.replaceAll("name=\"challenge\" value=\"[^\"]*\"", "");
	}

	private void open(String username, String password) {
		StaffFixtures.openEditor(context, username, password);
	}

}
