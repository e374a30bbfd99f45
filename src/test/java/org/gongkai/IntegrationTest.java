package org.gongkai;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one Spring context the integration tests share: the whole application on a real PostgreSQL (embedded, in a
 * fresh data directory under target/, or the external one the {@code external-pg} profile points at), with the demo
 * seeded, known passwords of the three administrators (the operator sets all three) and a metrics scrape token.
 * Every test class uses exactly these settings, so the context is built once per run. The daily jobs' timers are off ("-"): their tests run a given day themselves,
 * and a suite that crosses 00:10 Beijing time must not find that day already claimed by the timer
 * ({@code SeveralNodesTests} proves the timers on nodes of their own).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "gongkai.data-dir=target/test-data/${random.uuid}", "gongkai.demo=true",
				"gongkai.admin-password=" + IntegrationTest.PASSWORD,
				"gongkai.security-admin-password=" + IntegrationTest.PASSWORD,
				"gongkai.auditor-password=" + IntegrationTest.PASSWORD,
				"gongkai.metrics.scrape-token=" + IntegrationTest.SCRAPE_TOKEN, "gongkai.jobs.request-deadlines=-",
				"gongkai.jobs.interaction-deadlines=-", "gongkai.jobs.normative-expiry=-" })
@AutoConfigureMockMvc
public @interface IntegrationTest {

	/** The password of {@code admin}, {@code secadmin}, {@code auditor} and the demo staff in tests. */
	String PASSWORD = "Test-Admin-2026";

	/** The bearer token Prometheus scrapes {@code /actuator/prometheus} with in tests. */
	String SCRAPE_TOKEN = "test-scrape-token-2026";

}
