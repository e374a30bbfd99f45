package org.gongkai.platform.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With every dynamic permit taken by slow requests, another dynamic request is answered 503 at once while the
 * published site, the assets and the health check are still served.
 */
class DynamicRequestLimitTests {

	@Test
	void staticServingStaysFreeWhenDynamicRequestsFillTheirLimit() throws Exception {
		DynamicRequestLimit limit = new DynamicRequestLimit(2);
		CountDownLatch inside = new CountDownLatch(2);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<?>[] slow = new CompletableFuture<?>[2];
		for (int i = 0; i < 2; i++) {
			slow[i] = CompletableFuture.runAsync(() -> {
				try {
					limit.doFilter(new MockHttpServletRequest("GET", "/admin/requests"), new MockHttpServletResponse(),
							(req, res) -> {
								inside.countDown();
								try {
									release.await(10, TimeUnit.SECONDS);
								}
								catch (InterruptedException e) {
									Thread.currentThread().interrupt();
								}
							});
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
		}
		assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
		try {
			MockHttpServletResponse refused = new MockHttpServletResponse();
			boolean[] ran = { false };
			limit.doFilter(new MockHttpServletRequest("GET", "/api/v1/requests"), refused, (req, res) -> ran[0] = true);
			assertThat(ran[0]).isFalse();
			assertThat(refused.getStatus()).isEqualTo(503);
			assertThat(refused.getHeader("Retry-After")).isNotNull();

			for (String path : new String[] { "/site/demo-bureau/index.html", "/assets/gongkai.css", "/actuator/health" }) {
				MockHttpServletResponse served = new MockHttpServletResponse();
				boolean[] passed = { false };
				limit.doFilter(new MockHttpServletRequest("GET", path), served, (req, res) -> passed[0] = true);
				assertThat(passed[0]).as(path).isTrue();
			}
		}
		finally {
			release.countDown();
			CompletableFuture.allOf(slow).get(10, TimeUnit.SECONDS);
		}
		MockHttpServletResponse again = new MockHttpServletResponse();
		boolean[] ran = { false };
		limit.doFilter(new MockHttpServletRequest("GET", "/api/v1/requests"), again, (req, res) -> ran[0] = true);
		assertThat(ran[0]).as("the permits come back").isTrue();
	}

}
