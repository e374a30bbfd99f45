package org.gongkai.channels;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.publishing.DocumentCommand;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.publishing.Draft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A publication of the demo bureau goes to a signed webhook and a WeChat official account's drafts, each a real HTTP
 * server started here: the webhook fails its first attempt and takes the retry, the WeChat API gives a token and
 * takes the draft; a correction follows as a correction, and the withdrawal is delivered as a withdrawal (the draft
 * deleted). The publication itself never waits for a channel.
 */
@IntegrationTest
class ChannelDeliveryTests {

	private static final String SECRET = "province-platform-secret";

	@Autowired
	ChannelAdministration channels;

	@Autowired
	DocumentDesk desk;

	@Autowired
	DeliveryLedger ledger;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	Deliveries deliveries;

	@Autowired
	NewMediaRegister register;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	FakeServer province;

	FakeServer wechat;

	/** The deliveries the webhook has seen, so that each fails its first attempt only. */
	final Set<String> seen = ConcurrentHashMap.newKeySet();

	@BeforeEach
	void startServers() throws Exception {
		province = new FakeServer(Map.of("/hook", request -> seen.add(request.header("X-Gongkai-Delivery"))
				? new FakeServer.Answer(503, "{\"error\":\"busy\"}") : new FakeServer.Answer(200, "{\"ok\":true}")));
		wechat = new FakeServer(Map.of("/cgi-bin/token",
				request -> new FakeServer.Answer(200, "{\"access_token\":\"TOKEN-1\",\"expires_in\":7200}"),
				"/cgi-bin/draft/add",
				request -> new FakeServer.Answer(200, "{\"media_id\":\"DRAFT-" + wechatDrafts() + "\",\"item\":[]}"),
				"/cgi-bin/draft/delete", request -> new FakeServer.Answer(200, "{\"errcode\":0,\"errmsg\":\"ok\"}")));
	}

	@AfterEach
	void stopServers() {
		province.close();
		wechat.close();
	}

	private int wechatDrafts() {
		return wechat.on("/cgi-bin/draft/add").size();
	}

	@Test
	void aPublicationIsPushedRetriedCorrectedAndWithdrawn() throws Exception {
		Staff admin = StaffFixtures.principal(context, "admin").staff();
		Staff editor = StaffFixtures.principal(context, "editor").staff();
		Staff reviewer = StaffFixtures.principal(context, "reviewer").staff();
		long hook = channels.add(admin, "demo-bureau", new NewChannel(ChannelKind.WEBHOOK, "省集约化平台（测试）", "concerns",
				province.url() + "/hook", null, SECRET, null));
		long account = channels.add(admin, "demo-bureau", new NewChannel(ChannelKind.WECHAT_DRAFT, "某局公众号（测试）",
				"concerns", wechat.url(), "wx-test-app", "wx-test-secret", "COVER-1"));

		Draft draft = new Draft("concerns", "关于市民反映公交站台遮雨棚破损问题的回应", "经核实，已于本周完成维修。", "公交站台维修情况", null,
				"其他", null, null, null, LocalDate.now(), null).withCarriers(List.of("两微一端", "政府网站"));
		long id = desk.create(editor, "demo-bureau", draft);
		desk.review(editor, id, new DocumentCommand.Submit());
		desk.review(reviewer, id, new DocumentCommand.Publish(null, null));

		Delivery toHook = await().atMost(Duration.ofSeconds(15)).until(() -> one(hook, id, DeliveryKind.PUBLICATION), d -> d != null);
		assertThat(toHook.revision()).isEqualTo(1);

		dispatcher.deliverNow();
		Delivery failed = one(hook, id, DeliveryKind.PUBLICATION);
		assertThat(failed.status()).isEqualTo(DeliveryStatus.RETRYING);
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.result()).isEqualTo("HTTP 503");
		assertThat(Duration.between(Instant.now(), failed.nextAttemptAt())).as("retried after a minute")
			.isBetween(Duration.ofSeconds(30), Duration.ofSeconds(61));
		Delivery draftMade = one(account, id, DeliveryKind.PUBLICATION);
		assertThat(draftMade.status()).isEqualTo(DeliveryStatus.DELIVERED);
		assertThat(draftMade.remoteId()).isEqualTo("DRAFT-1");
		assertThat(wechat.on("/cgi-bin/token").get(0).query()).contains("appid=wx-test-app", "secret=wx-test-secret");
		JsonNode article = json.readTree(wechat.on("/cgi-bin/draft/add").get(0).body()).path("articles").get(0);
		assertThat(wechat.on("/cgi-bin/draft/add").get(0).query()).isEqualTo("access_token=TOKEN-1");
		assertThat(article.path("title").asString()).isEqualTo("关于市民反映公交站台遮雨棚破损问题的回应");
		assertThat(article.path("thumb_media_id").asString()).isEqualTo("COVER-1");
		assertThat(article.path("content_source_url").asString()).endsWith("/site/demo-bureau/documents/" + id + ".html");
		long registered = register.add(admin, "demo-bureau", new NewMediaAccount("微信公众号", "某局公众号（测试）", "示例区某局", account));
		AccountView view = register.readableBy(admin).stream().filter(a -> a.id() == registered).findFirst().orElseThrow();
		assertThat(view.lastDelivered()).as("the register dates the account by its last delivered item")
			.isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
		assertThat(view.freshness()).isEqualTo(org.gongkai.publishing.ColumnFreshness.State.FRESH);

		// a minute later: the retry is due, and the platform takes it
		jdbc.sql("update delivery set next_attempt_at = :past where id = :id")
			.param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(1)))
			.param("id", failed.id())
			.update();
		dispatcher.deliverNow();
		Delivery retried = one(hook, id, DeliveryKind.PUBLICATION);
		assertThat(retried.status()).isEqualTo(DeliveryStatus.DELIVERED);
		assertThat(retried.attempts()).isEqualTo(2);
		List<FakeServer.Received> posts = province.on("/hook");
		assertThat(posts).hasSize(2);
		FakeServer.Received post = posts.get(1);
		assertThat(post.header("X-Gongkai-Signature"))
			.isEqualTo("sha256=" + WebhookChannel.sign(SECRET, post.body().getBytes(StandardCharsets.UTF_8)));
		assertThat(post.header("X-Gongkai-Delivery")).isEqualTo(posts.get(0).header("X-Gongkai-Delivery"));
		JsonNode payload = json.readTree(post.body());
		assertThat(payload.path("event").asString()).isEqualTo("document.published");
		assertThat(payload.path("documentId").asLong()).isEqualTo(id);
		assertThat(payload.path("agencyCode").asString()).isEqualTo("demo-bureau");
		assertThat(payload.path("bodyHtml").asString()).contains("已于本周完成维修");
		assertThat(texts(payload.path("carriers")))
			.as("the carriers, in the dictionary's order").containsExactly("政府网站", "两微一端");

		// a correction: a new revision, delivered as such
		desk.update(editor, id, new Draft("concerns", draft.title(), "经核实，已于本周完成维修，并增设了照明。", draft.summary(), null,
				"其他", null, null, null, draft.formedOn(), null));
		desk.review(editor, id, new DocumentCommand.Submit());
		desk.review(reviewer, id, new DocumentCommand.Publish(null, null));
		await().atMost(Duration.ofSeconds(15)).until(() -> one(hook, id, DeliveryKind.CORRECTION), d -> d != null);
		deliverUntilSettled(hook, id, DeliveryKind.CORRECTION);
		JsonNode correction = json.readTree(province.on("/hook").get(province.on("/hook").size() - 1).body());
		assertThat(correction.path("event").asString()).isEqualTo("document.corrected");
		assertThat(correction.path("revision").asInt()).isEqualTo(2);
		assertThat(correction.path("bodyHtml").asString()).contains("增设了照明");
		assertThat(texts(correction.path("carriers")))
			.as("the corrected version chose none: the portal alone").containsExactly("政府网站");
		assertThat(one(account, id, DeliveryKind.CORRECTION).remoteId()).isEqualTo("DRAFT-2");

		// the withdrawal: the webhook is told, the latest draft is deleted
		desk.review(reviewer, id, new DocumentCommand.Withdraw("信息有误"));
		await().atMost(Duration.ofSeconds(15)).until(() -> one(account, id, DeliveryKind.WITHDRAWAL), d -> d != null);
		deliverUntilSettled(hook, id, DeliveryKind.WITHDRAWAL);
		dispatcher.deliverNow();
		JsonNode withdrawal = json.readTree(province.on("/hook").get(province.on("/hook").size() - 1).body());
		assertThat(withdrawal.path("event").asString()).isEqualTo("document.withdrawn");
		assertThat(withdrawal.path("withdrawalReason").asString()).isEqualTo("信息有误");
		assertThat(withdrawal.path("bodyHtml").isNull()).isTrue();
		assertThat(one(account, id, DeliveryKind.WITHDRAWAL).status()).isEqualTo(DeliveryStatus.DELIVERED);
		assertThat(json.readTree(wechat.on("/cgi-bin/draft/delete").get(0).body()).path("media_id").asString())
			.isEqualTo("DRAFT-2");
		assertThat(wechat.on("/cgi-bin/token")).as("the token is kept until it expires").hasSize(1);
		channels.setEnabled(admin, hook, false);
		channels.setEnabled(admin, account, false);
		register.move(admin, registered, AccountAction.CLOSE);
	}

	@Test
	void staffSeeTheLedgerAndResendWhatFailed() throws Exception {
		Staff admin = StaffFixtures.principal(context, "admin").staff();
		Staff supervisor = StaffFixtures.principal(context, "supervisor").staff();
		long hook = channels.add(admin, "demo-bureau", new NewChannel(ChannelKind.WEBHOOK, "断开的平台（测试）", "procurement",
				"http://127.0.0.1:9/hook", null, SECRET, null));
		Staff editor = StaffFixtures.principal(context, "editor").staff();
		Staff reviewer = StaffFixtures.principal(context, "reviewer").staff();
		long id = desk.create(editor, "demo-bureau", new Draft("procurement", "示例区某局办公家具采购项目成交公告", "成交供应商：某公司。",
				null, null, "公告", null, null, null, LocalDate.now(), null));
		desk.review(editor, id, new DocumentCommand.Submit());
		desk.review(reviewer, id, new DocumentCommand.Publish(null, null));
		await().atMost(Duration.ofSeconds(15)).until(() -> one(hook, id, DeliveryKind.PUBLICATION), d -> d != null);
		dispatcher.deliverNow();
		Delivery failed = one(hook, id, DeliveryKind.PUBLICATION);
		assertThat(failed.status()).isEqualTo(DeliveryStatus.RETRYING);
		assertThat(failed.result()).isEqualTo("IO");

		DeliveryView asAdmin = deliveries.recent(admin).stream().filter(v -> v.delivery().id() == failed.id()).findFirst().orElseThrow();
		assertThat(asAdmin.allowedActions()).containsExactly(DeliveryAction.RESEND);
		DeliveryView asSupervisor = deliveries.recent(supervisor)
			.stream()
			.filter(v -> v.delivery().id() == failed.id())
			.findFirst()
			.orElseThrow();
		assertThat(asSupervisor.allowedActions()).as("a supervisor only reads").isEmpty();

		deliveries.resend(admin, failed.id());
		Delivery resent = ledger.find(failed.id()).orElseThrow();
		assertThat(resent.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(resent.attempts()).isZero();
		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> deliveries.resend(admin, failed.id())))
			.as("a delivery waiting for its first attempt is not resent")
			.isInstanceOf(org.gongkai.platform.DomainException.class);
		channels.setEnabled(admin, hook, false);
	}

	private void deliverUntilSettled(long channel, long document, DeliveryKind kind) {
		await().atMost(Duration.ofSeconds(15)).until(() -> {
			dispatcher.deliverNow();
			Delivery delivery = one(channel, document, kind);
			if (delivery.status() == DeliveryStatus.RETRYING) {
				jdbc.sql("update delivery set next_attempt_at = :past where id = :id")
					.param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(1)))
					.param("id", delivery.id())
					.update();
			}
			return delivery.status() == DeliveryStatus.DELIVERED;
		});
	}

	private Delivery one(long channel, long document, DeliveryKind kind) {
		return ledger.ofDocument(document)
			.stream()
			.filter(delivery -> delivery.channelId() == channel && delivery.kind() == kind)
			.findFirst()
			.orElse(null);
	}

	private static List<String> texts(JsonNode array) {
		return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
	}

}
