package org.gongkai.annualreport;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.identity.StaffPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A supervising office types a report published elsewhere from its PDF into the official tables: numbers that do not
 * add up show the failing check, consistent numbers pass, a cell that is not a figure is refused next to the cell (in
 * Chinese and English), each load is kept, listed and audited, and nobody but a supervisor gets the form.
 */
@IntegrationTest
class ForeignReportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void numbersThatDoNotAddUpShowTheFailingCheck() throws Exception {
		Map<String, String> cells = consistent();
		cells.put("R1/NATURAL_PERSON", "4");
		cells.put("R1/TOTAL", "4");
		String location = record("示例市某局（外部）", cells).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/annual-reports/foreign/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		mvc.perform(get(location).with(user(supervisor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"foreign-checks\"")))
			.andExpect(content().string(containsString("自然人: 第一项+第二项=5 ≠ 第三项（七）+第四项=4")))
			.andExpect(content().string(containsString("总计: 第一项+第二项=5 ≠ 第三项（七）+第四项=4")))
			.andExpect(content().string(containsString("id=\"blocked\"")))
			.andExpect(content().string(containsString("示例市某局（外部）2025年政府信息公开工作年度报告")));

		ForeignReport kept = context.getBean(ForeignReports.class).find(supervisor().staff(), id);
		assertThat(kept.failed()).extracting(Check::rule).containsExactly(Check.Rule.BALANCE);
		assertThat(kept.figures().requestsReceived()).isEqualTo(4);
		assertThat(TypedFigures.cells(kept.figures())).isEqualTo(cells);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.sql("""
					select summary from audit_entry
					where action = 'ANNUAL_REPORT_FOREIGN_RECORDED' and subject = :subject and actor = 'supervisor'""")
				.param("subject", "annual-report-foreign:" + id)
				.query(String.class)
				.list()).containsExactly("agency=示例市某局（外部）, year=2025, errors=1, warnings=0"));
		mvc.perform(get("/admin/annual-reports/foreign").with(user(supervisor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/annual-reports/foreign/" + id)))
			.andExpect(content().string(containsString("示例市某局（外部）")))
			.andExpect(content().string(containsString("1项未通过")));
	}

	@Test
	void consistentNumbersPassAndTheNextYearIsCheckedAgainstThisOne() throws Exception {
		String location = record("示例县政务服务局", consistent()).andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(user(supervisor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"checks-pass\"")))
			.andExpect(content().string(not(containsString("check-failed"))))
			.andExpect(content().string(containsString("colspan=\"3\" rowspan=\"3\"")));

		Map<String, String> earlier = consistent();
		earlier.put("normativeDocuments.inForce", "4");
		earlier.put("R4/NATURAL_PERSON", "0");
		earlier.put("R4/TOTAL", "0");
		earlier.put("R3.1/NATURAL_PERSON", "3");
		earlier.put("R3.1/TOTAL", "3");
		earlier.put("R3.7/NATURAL_PERSON", "4");
		earlier.put("R3.7/TOTAL", "4");
		ForeignReport next = context.getBean(ForeignReports.class)
			.record(supervisor().staff(), new ForeignReports.Typed("示例县政务服务局", 2024,
					java.time.LocalDate.of(2025, 1, 20), earlier));
		assertThat(next.failed()).isEmpty();
		ForeignReport after = context.getBean(ForeignReports.class)
			.record(supervisor().staff(), new ForeignReports.Typed("示例县政务服务局", 2025,
					java.time.LocalDate.of(2026, 2, 3), consistent()));
		assertThat(after.failed()).extracting(Check::rule).containsExactly(Check.Rule.CARRY_OVER, Check.Rule.LATE);
		assertThat(after.blocked()).isFalse();
	}

	@Test
	void aCellThatIsNotAFigureIsRefusedNextToTheCell() throws Exception {
		Map<String, String> cells = consistent();
		cells.put("R3.3.1/NATURAL_PERSON", "-1");
		cells.remove("litigationDirect.pending");
		cells.put("administrativeFeesWanYuan", "1.23456");
		long before = jdbc.sql("select count(*) from annual_report_foreign").query(Long.class).single();
		record("示例市某局（外部）", cells).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"typed-errors\"")))
			.andExpect(content().string(containsString("有3处填写不正确")))
			.andExpect(content().string(matchesPattern(
					"(?s).*id=\"cell-R3.3.1/NATURAL_PERSON\"[^>]*value=\"-1\"[^>]*aria-invalid=\"true\".*")))
			.andExpect(content().string(containsString(
					"<small class=\"error\" id=\"cell-R3.3.1/NATURAL_PERSON-error\">请填写非负整数。</small>")))
			.andExpect(content().string(containsString(
					"<small class=\"error\" id=\"cell-litigationDirect.pending-error\">此项为必填项。</small>")))
			.andExpect(content().string(containsString("最多保留4位小数")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"cell-R1/NATURAL_PERSON\"[^>]*value=\"3\".*")));
		mvc.perform(form("示例市某局（外部）", cells).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<small class=\"error\" id=\"cell-R3.3.1/NATURAL_PERSON-error\">Enter a whole number, zero or more.</small>")))
			.andExpect(content().string(containsString("This field is required.")));
		Map<String, String> noAgency = consistent();
		mvc.perform(post("/admin/annual-reports/foreign").with(user(supervisor()))
			.with(csrf())
			.param("year", "2030")
			.params(multi(noAgency)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"agencyName-error\"")))
			.andExpect(content().string(containsString("年度应在2008年至2025年之间")));
		assertThat(jdbc.sql("select count(*) from annual_report_foreign").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void onlyASupervisorLoadsReports() throws Exception {
		for (String username : new String[] { "officer", "leader", "admin" }) {
			StaffPrincipal staff = StaffFixtures.principal(context, username);
			mvc.perform(get("/admin/annual-reports/foreign").with(user(staff))).andExpect(status().isForbidden());
			mvc.perform(form("示例市某局（外部）", consistent()).with(user(staff))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/admin/annual-reports/foreign").with(user(supervisor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"R3.3.1/NATURAL_PERSON\"")))
			.andExpect(content().string(containsString("<option value=\"示例区财政局\">")));
		mvc.perform(get("/admin/annual-reports").param("year", "2025").with(user(supervisor())))
			.andExpect(content().string(containsString("id=\"foreign-typed\"")));
	}

	/** A small, consistent report: 3 requests by people and 1 carried over, 3 disclosed, 1 carried on. */
	private static Map<String, String> consistent() {
		Map<String, String> cells = new LinkedHashMap<>();
		TypedFigures.CODES.forEach(code -> cells.put(code, "0"));
		cells.put("normativeDocuments.issued", "1");
		cells.put("normativeDocuments.inForce", "5");
		cells.put("licensing", "12");
		cells.put("administrativeFeesWanYuan", "3.5");
		for (String column : new String[] { "NATURAL_PERSON", "TOTAL" }) {
			cells.put("R1/" + column, "3");
			cells.put("R2/" + column, "1");
			cells.put("R3.1/" + column, "2");
			cells.put("R3.6.3/" + column, "1");
			cells.put("R3.7/" + column, "3");
			cells.put("R4/" + column, "1");
		}
		cells.put("reconsideration.upheld", "1");
		cells.put("reconsideration.total", "1");
		return cells;
	}

	private ResultActions record(String agency, Map<String, String> cells) throws Exception {
		return mvc.perform(form(agency, cells));
	}

	private MockHttpServletRequestBuilder form(String agency, Map<String, String> cells) {
		return post("/admin/annual-reports/foreign").with(user(supervisor()))
			.with(csrf())
			.param("agencyName", agency)
			.param("year", "2025")
			.param("publishedOn", "2026-01-20")
			.params(multi(cells));
	}

	private static org.springframework.util.MultiValueMap<String, String> multi(Map<String, String> cells) {
		org.springframework.util.LinkedMultiValueMap<String, String> map = new org.springframework.util.LinkedMultiValueMap<>();
		cells.forEach(map::add);
		return map;
	}

	private StaffPrincipal supervisor() {
		return StaffFixtures.principal(context, "supervisor");
	}

}
