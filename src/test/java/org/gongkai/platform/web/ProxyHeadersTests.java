package org.gongkai.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forwarded headers count only from the configured proxies, and only their right-most untrusted address; behind the
 * proxy each reader has a limit of their own; cookies are Secure when the public base URL is https.
 */
class ProxyHeadersTests {

	private final TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.1", "10.0.1.0/24"));

	@Test
	void fromAConfiguredProxyTheRightMostUntrustedAddressIsTheReaders() throws Exception {
		HttpServletRequest seen = pass(request("10.0.0.1", "6.6.6.6, 203.0.113.7", "https"));
		assertThat(seen.getRemoteAddr()).as("the left-most address is the client's own claim").isEqualTo("203.0.113.7");
		assertThat(seen.getScheme()).isEqualTo("https");
		assertThat(seen.isSecure()).isTrue();

		HttpServletRequest twoProxies = pass(request("10.0.1.9", "203.0.113.8, 10.0.0.1", "http"));
		assertThat(twoProxies.getRemoteAddr()).isEqualTo("203.0.113.8");
	}

	@Test
	void fromAnyoneElseTheForwardedHeadersAreDropped() throws Exception {
		for (String client : List.of("10.0.0.2", "192.168.1.20", "127.0.0.1", "203.0.113.9")) {
			HttpServletRequest seen = pass(request(client, "1.2.3.4", "https"));
			assertThat(seen.getRemoteAddr()).as(client).isEqualTo(client);
			assertThat(seen.isSecure()).as(client).isFalse();
			assertThat(seen.getHeader("X-Forwarded-For")).as(client).isNull();
			assertThat(seen.getHeader("x-forwarded-proto")).as(client).isNull();
		}
	}

	@Test
	void behindTheProxyEachReaderHasALimitOfTheirOwn() throws Exception {
		SubmissionLimiter limiter = new SubmissionLimiter(1, Duration.ofMinutes(10), 1000, Clock.systemUTC());
		assertThat(limiter.tryAcquire("form", pass(request("10.0.0.1", "203.0.113.1", "https")))).isTrue();
		assertThat(limiter.tryAcquire("form", pass(request("10.0.0.1", "203.0.113.2", "https"))))
			.as("another reader through the same proxy")
			.isTrue();
		assertThat(limiter.tryAcquire("form", pass(request("10.0.0.1", "203.0.113.1", "https")))).isFalse();
		assertThat(limiter.tryAcquire("form", pass(request("10.0.0.1", "9.9.9.9, 203.0.113.1", "https"))))
			.as("a made-up address on the left does not open a new bucket")
			.isFalse();
	}

	@Test
	void cookiesAreSecureWhenTheBaseUrlIsHttps() throws Exception {
		assertThat(SecureCookies.wanted("https://gongkai.example.gov.cn")).isTrue();
		assertThat(SecureCookies.wanted("http://localhost:8080")).isFalse();
		MockHttpServletResponse response = new MockHttpServletResponse();
		new SecureCookies().doFilter(new MockHttpServletRequest(), response, (req, res) -> {
			((jakarta.servlet.http.HttpServletResponse) res).addCookie(new Cookie("gongkai-lang", "en"));
			((jakarta.servlet.http.HttpServletResponse) res).addHeader("Set-Cookie", "SESSION=abc; Path=/; HttpOnly");
			((jakarta.servlet.http.HttpServletResponse) res).addHeader("Set-Cookie", "X=1; Secure; HttpOnly");
		});
		assertThat(response.getCookie("gongkai-lang").getSecure()).isTrue();
		assertThat(response.getHeaders("Set-Cookie")).hasSize(3)
			.allSatisfy(h -> assertThat(h.split("Secure", -1)).as(h).hasSize(2));
		MockServletContext context = new MockServletContext();
		SecureCookies.configure(context);
		assertThat(context.getSessionCookieConfig().isSecure()).isTrue();
	}

	private HttpServletRequest pass(MockHttpServletRequest request) throws Exception {
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
		proxies.doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {

			@Override
			public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
				seen.set((HttpServletRequest) req);
			}

		});
		return seen.get();
	}

	private static MockHttpServletRequest request(String from, String forwardedFor, String proto) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/apply");
		request.setRemoteAddr(from);
		request.addHeader("X-Forwarded-For", forwardedFor);
		request.addHeader("X-Forwarded-Proto", proto);
		return request;
	}

}
