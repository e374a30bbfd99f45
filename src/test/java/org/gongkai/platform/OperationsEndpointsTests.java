package org.gongkai.platform;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.interaction.AgencyLoad;
import org.gongkai.interaction.InteractionQueries;
import org.gongkai.requests.RequestQueries;
import org.gongkai.requests.RequestQueries.AgencyCounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.IntegrationTest.PASSWORD;
import static org.gongkai.IntegrationTest.SCRAPE_TOKEN;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operator's endpoints: health with the database, search and disk components (details for ADMIN only) and the
 * Prometheus scrape (ADMIN or the scrape token) with Gongkai's own metrics, whose values are the database's counts.
 */
@IntegrationTest
class OperationsEndpointsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anyoneSeesWhetherTheNodeIsUpButNotTheDetails() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(get("/actuator/health").header("Authorization", "Bearer " + SCRAPE_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void theLoadBalancersGroupHoldsOnlyTheNodesOwnParts() throws Exception {
		mvc.perform(get("/actuator/health/node"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/node").with(user(StaffFixtures.principal(context, "admin"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.disk.status").value("UP"))
			.andExpect(jsonPath("$.components.search").doesNotExist());
	}

	@Test
	void anAdministratorSeesTheDatabaseSearchAndDiskComponents() throws Exception {
		mvc.perform(get("/actuator/health").with(user(StaffFixtures.principal(context, "admin"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"))
			.andExpect(jsonPath("$.components.search.status").value("UP"))
			.andExpect(jsonPath("$.components.search.details.engine").value("LuceneSearchIndex"))
			.andExpect(jsonPath("$.components.search.details.entries").value(greaterThan(0)))
			.andExpect(jsonPath("$.components.search.details.publishedDocuments").value(greaterThan(0)))
			.andExpect(jsonPath("$.components.disk.status").value("UP"))
			.andExpect(jsonPath("$.components.disk.details.threshold").value(1024 * 1024 * 1024))
			.andExpect(jsonPath("$.components.disk.details.free").value(greaterThan(1024L * 1024 * 1024)))
			.andExpect(jsonPath("$.components.diskSpace").doesNotExist())
			.andExpect(jsonPath("$.components.mail").doesNotExist());
		mvc.perform(get("/actuator/health").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.search.status").value("UP"));
	}

	@Test
	void thePrometheusScrapeNeedsTheTokenOrAnAdministrator() throws Exception {
		MvcResult anonymous = mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401))
			.andReturn();
		assertThat(anonymous.getRequest().getSession(false)).as("a refused scrape creates no session").isNull();
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer not-" + SCRAPE_TOKEN))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("editor", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(user(StaffFixtures.principal(context, "admin"))))
			.andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + SCRAPE_TOKEN))
			.andExpect(status().isOk());
	}

	@Test
	void theScrapeShowsRequestsPerStageOverdueCountsAndTheTimers() throws Exception {
		// one request observed before the scrape, so that the HTTP timer exists whichever test ran first
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		String scrape = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + SCRAPE_TOKEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String stage : new String[] { "SUBMITTED", "RECEIVED", "AWAITING_CLARIFICATION", "IN_CONSULTATION",
				"AWAITING_PAYMENT", "CLOSED" }) {
			long counted = jdbc.sql("select count(*) from disclosure_request where status = :stage")
				.param("stage", stage)
				.query(Long.class)
				.single();
			assertThat(value(scrape, "gongkai_requests{stage=\"" + stage + "\"}")).as(stage).isEqualTo(counted);
		}
		assertThat(value(scrape, "gongkai_requests{stage=\"CLOSED\"}")).as("the demo has closed applications")
			.isPositive();
		Staff admin = StaffFixtures.principal(context, "admin").staff();
		List<AgencyCounts> dashboard = context.getBean(RequestQueries.class).countsByAgency(admin);
		assertThat(value(scrape, "gongkai_requests_overdue")).as("as the dashboard counts them")
			.isEqualTo(dashboard.stream().mapToLong(AgencyCounts::overdue).sum());
		assertThat(dashboard.stream().mapToLong(AgencyCounts::open).sum())
			.isEqualTo(value(scrape, "gongkai_requests{stage=\"SUBMITTED\"}")
					+ value(scrape, "gongkai_requests{stage=\"RECEIVED\"}")
					+ value(scrape, "gongkai_requests{stage=\"AWAITING_CLARIFICATION\"}")
					+ value(scrape, "gongkai_requests{stage=\"IN_CONSULTATION\"}")
					+ value(scrape, "gongkai_requests{stage=\"AWAITING_PAYMENT\"}"));
		List<AgencyLoad> overview = context.getBean(InteractionQueries.class).overview(admin);
		assertThat(value(scrape, "gongkai_interaction_overdue{kind=\"consultation\"}"))
			.isEqualTo(overview.stream().mapToLong(AgencyLoad::consultationsOverdue).sum());
		assertThat(value(scrape, "gongkai_interaction_overdue{kind=\"consultation-beyond-limit\"}"))
			.isEqualTo(overview.stream().mapToLong(AgencyLoad::consultationsBeyondLimit).sum());
		assertThat(value(scrape, "gongkai_interaction_overdue{kind=\"proposal\"}"))
			.isEqualTo(overview.stream().mapToLong(AgencyLoad::proposalsOverdue).sum());
		assertThat(value(scrape, "gongkai_interaction_overdue{kind=\"finding\"}"))
			.isEqualTo(overview.stream().mapToLong(AgencyLoad::findingsOverdue).sum());
		assertThat(value(scrape, "gongkai_site_generation_seconds_count")).as("the demo's site was rendered")
			.isPositive();
		assertThat(value(scrape, "gongkai_search_indexing_seconds_count{occasion=\"event\"}")
				+ value(scrape, "gongkai_search_indexing_seconds_count{occasion=\"catch-up\"}"))
			.as("the demo's documents were indexed")
			.isPositive();
		assertThat(scrape).contains("gongkai_site_generation_seconds_sum", "gongkai_search_indexing_seconds_sum",
				"gongkai_search_indexing_seconds_count{occasion=\"catch-up\"}",
				"gongkai_search_indexing_seconds_count{occasion=\"rebuild\"}", "jvm_memory_used_bytes",
				"http_server_requests_seconds_count");
	}

	/** The value of one series of the scrape, as a whole number. */
	private static long value(String scrape, String series) {
		Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
		assertThat(line.find()).as(series + " in the scrape").isTrue();
		return (long) Double.parseDouble(line.group(1));
	}

}
