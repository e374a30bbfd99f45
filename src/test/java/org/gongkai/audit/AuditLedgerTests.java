package org.gongkai.audit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyLevel;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.CreditCodes;
import org.gongkai.platform.web.LedgerModel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operation log and the login log as ledgers (issue 19, 等保): a login, failed logins up to the challenge and a
 * logout of an account of the test's own agency show in the login log with the source address and the browser; the
 * log filters by agency, action, actor and date, refuses sort keys off its whitelist, and exports exactly what it
 * shows as XLSX and CSV. Only an administrator reads it, as before.
 */
@IntegrationTest
class AuditLedgerTests {

	static final String AGENCY = "audit-ledger-bureau";

	static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AuditLedgerTests/1.0";

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private void signInAndOutOnce() throws Exception {
		agencies.ensureChild("demo-district", new NewAgency(AGENCY, "日志测试局", "demo-district",
				CreditCodes.of(AGENCY), AgencyLevel.BUREAU));
		if (entries("LOGOUT", "user:log-reader") > 0) {
			return;
		}
		accounts.ensure(new NewStaffAccount("log-reader", "日志读者", "Log-Reader-2026", AGENCY, Set.of(Role.EDITOR)));
		accounts.ensure(new NewStaffAccount("log-locked", "被锁者", "Log-Locked-2026", AGENCY, Set.of(Role.EDITOR)));
		mvc.perform(login("log-reader", "wrong-password", "198.51.100.1"));
		var session = (org.springframework.mock.web.MockHttpSession) mvc
			.perform(login("log-reader", "Log-Reader-2026", "198.51.100.2"))
			.andReturn()
			.getRequest()
			.getSession();
		mvc.perform(post("/admin/logout").session(session).with(csrf()));
		for (int i = 0; i < 5; i++) {
			mvc.perform(login("log-locked", "wrong-" + i, "198.51.100." + (10 + i)));
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> entries("LOGOUT", "user:log-reader") == 1 && entries("LOGIN_FAILED", "user:log-locked") == 5);
	}

	private static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/admin/login").param("username", username)
			.param("password", password)
			.header("User-Agent", BROWSER)
			.with(csrf())
			.with(from(address));
	}

	private long entries(String action, String subject) {
		return jdbc.sql("select count(*) from audit_entry where action = :action and subject = :subject")
			.param("action", action)
			.param("subject", subject)
			.query(Long.class)
			.single();
	}

	private LedgerModel view(MockHttpServletRequestBuilder request) throws Exception {
		return (LedgerModel) mvc.perform(request.with(user(StaffFixtures.principal(context, "auditor"))))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("ledger");
	}

	@SuppressWarnings("unchecked")
	private static List<AuditEntry> items(LedgerModel view) {
		return (List<AuditEntry>) view.page().items();
	}

	@Test
	void theLoginLogShowsSuccessFailureLogoutAndChallengeWithAddressAndBrowser() throws Exception {
		signInAndOutOnce();
		LedgerModel log = view(get("/admin/audit").param("filter", "logins").param("agency", AGENCY));
		assertThat(items(log)).extracting(AuditEntry::action)
			.containsOnly("LOGIN", "LOGIN_FAILED", "LOGOUT", "LOGIN_CHALLENGED")
			.contains("LOGIN", "LOGIN_FAILED", "LOGOUT", "LOGIN_CHALLENGED");
		AuditEntry login = items(log).stream().filter(e -> e.action().equals("LOGIN")).findFirst().orElseThrow();
		assertThat(login.subject()).isEqualTo("user:log-reader");
		assertThat(login.actor()).isEqualTo("log-reader");
		assertThat(login.summary()).isEqualTo("address=198.51.100.2; userAgent=" + BROWSER);
		assertThat(items(log)).filteredOn(e -> e.action().equals("LOGIN_FAILED"))
			.extracting(AuditEntry::summary)
			.contains("address=198.51.100.1; userAgent=" + BROWSER);
		assertThat(items(log)).filteredOn(e -> e.action().equals("LOGIN_CHALLENGED"))
			.extracting(AuditEntry::subject)
			.containsExactly("user:log-locked");
		assertThat(items(log)).extracting(AuditEntry::action)
			.as("the login log leaves other operations out")
			.doesNotContain("STAFF_ACCOUNT_CREATED");
		mvc.perform(get("/admin/audit").param("filter", "logins")
			.with(user(StaffFixtures.principal(context, "auditor")))).andExpect(content().string(containsString("登录日志")));
		mvc.perform(get("/admin/audit").param("filter", "logins")
			.with(user(StaffFixtures.principal(context, "editor")))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").param("filter", "logins")
			.with(user(StaffFixtures.principal(context, "admin")))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit/export").param("filter", "logins")
			.with(user(StaffFixtures.principal(context, "admin")))).andExpect(status().isForbidden());
	}

	@Test
	void theOperationLogFiltersByAgencyActionActorAndDate() throws Exception {
		signInAndOutOnce();
		LocalDate today = LocalDate.now(Beijing.ZONE);
		LedgerModel all = view(get("/admin/audit").param("agency", AGENCY).param("size", "500"));
		assertThat(items(all)).isNotEmpty().allMatch(e -> AGENCY.equals(e.agencyCode()));
		assertThat(all.page().total()).isEqualTo(items(all).size());
		LedgerModel failed = view(get("/admin/audit").param("agency", AGENCY).param("status", "LOGIN_FAILED"));
		assertThat(failed.page().total()).isEqualTo(6);
		LedgerModel byActor = view(get("/admin/audit").param("agency", AGENCY).param("person", "log-reader"));
		assertThat(items(byActor)).extracting(AuditEntry::action).containsExactlyInAnyOrder("LOGIN", "LOGOUT");
		assertThat(view(get("/admin/audit").param("agency", AGENCY)
			.param("from", today.toString())
			.param("to", today.toString())).page().total()).isEqualTo(all.page().total());
		assertThat(view(get("/admin/audit").param("agency", AGENCY)
			.param("to", today.minusDays(1).toString())).page().total()).isZero();
		LedgerModel text = view(get("/admin/audit").param("agency", AGENCY).param("text", "198.51.100.2"));
		assertThat(items(text)).extracting(AuditEntry::action).containsExactlyInAnyOrder("LOGIN", "LOGOUT");
		LedgerModel oldestFirst = view(get("/admin/audit").param("agency", AGENCY).param("sort", "id").param("dir", "asc"));
		assertThat(items(oldestFirst)).extracting(AuditEntry::id).isSorted();
		mvc.perform(get("/admin/audit").param("sort", "occurred_at desc; delete from audit_entry")
			.with(user(StaffFixtures.principal(context, "auditor")))).andExpect(status().isBadRequest());
	}

	@Test
	void bothExportsHoldExactlyTheFilteredEntries() throws Exception {
		signInAndOutOnce();
		LedgerModel shown = view(get("/admin/audit").param("filter", "logins").param("agency", AGENCY).param("size", "500"));
		List<Long> ids = items(shown).stream().map(AuditEntry::id).toList();

		byte[] csv = mvc.perform(get("/admin/audit/export").param("format", "csv")
			.param("filter", "logins")
			.param("agency", AGENCY)
			.param("page", "2")
			.param("size", "1")
			.with(user(StaffFixtures.principal(context, "auditor"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).startsWith("\uFEFF序号,时间,操作人");
		assertThat(lines.subList(1, lines.size())).extracting(line -> Long.parseLong(line.substring(0, line.indexOf(','))))
			.containsExactlyElementsOf(ids);

		byte[] xlsx = mvc.perform(get("/admin/audit/export").param("filter", "logins")
			.param("agency", AGENCY)
			.with(user(StaffFixtures.principal(context, "auditor"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(ids.size());
			for (int i = 0; i < ids.size(); i++) {
				assertThat((long) sheet.getRow(i + 1).getCell(0).getNumericCellValue()).isEqualTo(ids.get(i));
			}
		}
		mvc.perform(get("/admin/audit/export").param("format", "pdf")
			.with(user(StaffFixtures.principal(context, "auditor")))).andExpect(status().isBadRequest());
	}

	@Test
	void thePageStatesTheRetention() throws Exception {
		mvc.perform(get("/admin/audit").with(user(StaffFixtures.principal(context, "auditor"))))
			.andExpect(content().string(containsString("日志保存期限：不少于 180 天")));
	}

}
