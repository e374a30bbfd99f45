package org.gongkai.publishing;

import java.time.LocalDate;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.StaffFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** Column freshness by the website indicators (rules.md §4.3), on fixed dates and on the demo's real state. */
@IntegrationTest
class ColumnFreshnessTests {

	@Autowired
	ColumnFreshness freshness;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	private static final CatalogColumn NEWS = new CatalogColumn(1, 2L, "news", "工作动态", Freshness.NEWS, 1);

	private static final CatalogColumn POLICIES = new CatalogColumn(3, 2L, "policies", "政策文件",
			Freshness.NOTICE_OR_POLICY, 1);

	@Test
	void newsIsStaleAfterTwoWeeksAndWarnedBefore() {
		LocalDate today = LocalDate.of(2026, 11, 25);
		assertThat(ColumnFreshness.state(NEWS, true, LocalDate.of(2026, 11, 20), today).state())
			.isEqualTo(ColumnFreshness.State.FRESH);
		assertThat(ColumnFreshness.state(NEWS, true, LocalDate.of(2026, 11, 13), today).state())
			.isEqualTo(ColumnFreshness.State.DUE_SOON);
		assertThat(ColumnFreshness.state(NEWS, true, LocalDate.of(2026, 11, 10), today).state())
			.isEqualTo(ColumnFreshness.State.STALE);
		assertThat(ColumnFreshness.state(POLICIES, true, LocalDate.of(2026, 5, 1), today).state())
			.isEqualTo(ColumnFreshness.State.STALE);
		assertThat(ColumnFreshness.state(NEWS, true, null, today).state()).isEqualTo(ColumnFreshness.State.BLANK);
		assertThat(ColumnFreshness.state(POLICIES, false, null, today).state())
			.as("a column with sub-columns is not blank itself")
			.isEqualTo(ColumnFreshness.State.NOT_REQUIRED);
	}

	@Test
	void theDemoBureauShowsItsRealState() {
		var report = freshness.report(agencies.findByCode("demo-bureau").orElseThrow());
		assertThat(report.homeStale()).isFalse();
		assertThat(report.columns()).filteredOn(c -> c.column().code().equals("news"))
			.extracting(ColumnFreshness.ColumnState::state)
			.containsExactly(ColumnFreshness.State.FRESH);
		assertThat(report.count("BLANK")).as("guide, rules, functions and other columns still empty").isGreaterThanOrEqualTo(5);
		assertThat(report.vetoes()).contains("BLANK_COLUMNS").doesNotContain("HOME_PAGE");
	}

	@Test
	void aSupervisorSeesTheAgenciesBelow() throws Exception {
		mvc.perform(get("/admin/freshness").with(user(StaffFixtures.principal(context, "supervisor"))))
			.andExpect(content().string(containsString("示例区某局")))
			.andExpect(content().string(containsString("示例区财政局")))
			.andExpect(content().string(containsString("空白栏目")));
	}

}
