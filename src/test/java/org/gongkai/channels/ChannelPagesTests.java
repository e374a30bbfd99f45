package org.gongkai.channels;

import java.time.Duration;
import java.time.format.DateTimeFormatter;

import org.gongkai.IntegrationTest;
import org.gongkai.audit.AuditLog;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.Beijing;
import org.gongkai.publishing.PublishedDocument;
import org.gongkai.publishing.PublishedDocuments;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff pages (channels, ledger, new-media register, the accounts on the supervisors' freshness board), the
 * offline hall's views, the webhook payload in the OpenAPI document, and the audit records of configuration changes.
 */
@IntegrationTest
class ChannelPagesTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditLog audit;

	@Autowired
	PublishedDocuments documents;

	@Autowired
	AgencyDirectory agencies;

	@Test
	void theDemoChannelsAreListedWithoutTheirSecretsAndOnlyAnAdminAddsOne() throws Exception {
		mvc.perform(get("/admin/channels").with(user(principal("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("省政务公开集约化平台（演示）")))
			.andExpect(content().string(containsString("示例区某局微信公众号（演示）")))
			.andExpect(content().string(not(containsString("demo-webhook-secret"))))
			.andExpect(content().string(not(containsString("demo-app-secret"))))
			.andExpect(content().string(containsString("/hall/demo-bureau/guide")));
		mvc.perform(get("/admin/channels").with(user(principal("editor"))))
			.andExpect(content().string(not(containsString("添加渠道"))));
		mvc.perform(post("/admin/channels").with(user(principal("editor")))
			.with(csrf())
			.param("agencyCode", "demo-bureau")
			.param("kind", "WEBHOOK")
			.param("name", "编辑添加的渠道")
			.param("endpoint", "http://127.0.0.1:9/x")
			.param("secret", "s"))
			.andExpect(flash().attribute("refusal", "channels.notPermitted"));
		mvc.perform(post("/admin/channels").with(user(principal("admin")))
			.with(csrf())
			.param("agencyCode", "demo-bureau")
			.param("kind", "WEBHOOK")
			.param("name", "市级平台（停用）")
			.param("endpoint", "ftp://example.com"))
			.andExpect(flash().attribute("refusal", "channels.endpoint.invalid"));
		mvc.perform(post("/admin/channels").with(user(principal("admin")))
			.with(csrf())
			.param("agencyCode", "demo-bureau")
			.param("kind", "WEBHOOK")
			.param("name", "市级平台（审计测试）")
			.param("endpoint", "http://127.0.0.1:9/city")
			.param("secret", "city-secret"))
			.andExpect(flash().attribute("changed", "added"));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> audit.recent(50, Long.MAX_VALUE)
				.stream()
				.anyMatch(entry -> entry.action().equals("CHANNEL_ADDED") && entry.summary().contains("市级平台（审计测试）")
						&& !entry.summary().contains("city-secret")));
	}

	@Test
	void theLedgerShowsResendToThoseWhoMayAct() throws Exception {
		// the demo's e-mail subscribers channel delivers; the newest delivery delivered, in Beijing time
		DateTimeFormatter shown = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Beijing.ZONE);
		String delivered = jdbc.sql("""
				select delivered_at from (select id, delivered_at from delivery order by id desc limit 200) newest
				where delivered_at is not null order by id desc limit 1""")
			.query((rs, row) -> shown.format(rs.getTimestamp(1).toInstant()) + " 送达")
			.single();
		mvc.perform(get("/admin/channels/deliveries").with(user(principal("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("推送记录")))
			.andExpect(content().string(containsString(delivered)));
		mvc.perform(get("/admin/channels/deliveries").with(user(principal("supervisor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/resend"))));
	}

	@Test
	void theRegisterAndTheFreshnessBoardShowTheAccounts() throws Exception {
		mvc.perform(get("/admin/new-media").with(user(principal("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("示例区某局发布")))
			.andExpect(content().string(containsString("示例区某局办公室")));
		mvc.perform(post("/admin/new-media").with(user(principal("admin")))
			.with(csrf())
			.param("agencyCode", "demo-bureau")
			.param("platform", "抖音")
			.param("name", "示例区某局政务抖音")
			.param("sponsor", "示例区某局宣传科"))
			.andExpect(flash().attribute("changed", "added"));
		mvc.perform(get("/admin/freshness").param("agency", "demo-bureau").with(user(principal("supervisor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("政务新媒体账号")))
			.andExpect(content().string(containsString("示例区某局发布")))
			.andExpect(content().string(containsString("示例区某局政务抖音")))
			.andExpect(content().string(containsString("微信公众号 · 示例区某局")));
		mvc.perform(get("/admin/new-media").with(user(principal("supervisor"))))
			.andExpect(content().string(containsString("示例区某局政务抖音")))
			.andExpect(content().string(not(containsString("/SUSPEND"))));
	}

	@Test
	void theHallShowsADocumentAndTheGuideInLargeTypeWithoutNavigation() throws Exception {
		PublishedDocument document = documents.live(agencies.findByCode("demo-bureau").orElseThrow())
			.stream()
			.filter(candidate -> !candidate.withdrawn())
			.findFirst()
			.orElseThrow();
		mvc.perform(get("/hall/demo-bureau/documents/" + document.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(document.title())))
			.andExpect(content().string(containsString(document.indexNumber())))
			.andExpect(content().string(containsString("/site/demo-bureau/documents/" + document.id() + ".html")))
			.andExpect(content().string(containsString("/assets/hall.css")))
			.andExpect(content().string(containsString("<svg xmlns=\"http://www.w3.org/2000/svg\"")))
			.andExpect(content().string(not(containsString("site-header"))));
		mvc.perform(get("/hall/demo-bureau/guide"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("示例区某局政府信息公开指南")))
			.andExpect(content().string(containsString("示例区人民路1号政务中心4楼")));
		mvc.perform(get("/hall/demo-bureau/documents/999999999")).andExpect(status().isNotFound());
	}

	@Test
	void theWebhookPayloadIsInTheOpenApiDocument() throws Exception {
		String api = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		assertThat(api).contains("\"webhooks\"", "documentDelivered", "WebhookPayload", "withdrawalReason",
				"X-Gongkai-Signature");
	}

	private StaffPrincipal principal(String username) {
		return StaffFixtures.principal(context, username);
	}

}
