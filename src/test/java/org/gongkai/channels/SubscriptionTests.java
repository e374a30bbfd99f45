package org.gongkai.channels;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.publishing.DocumentCommand;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.publishing.Draft;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A citizen subscribes to the demo bureau on the portal, confirms by the mailed link (double opt-in), receives the
 * next publication by e-mail through the outbox with a one-click unsubscribe link, and after unsubscribing receives
 * nothing more. An address that never confirmed receives nothing. The form offers the agencies that take
 * subscriptions and the chosen agency's columns by name; an agency or a column it does not offer is refused (400).
 */
@IntegrationTest
class SubscriptionTests {

	private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentDesk desk;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void aCitizenSubscribesConfirmsReceivesAndUnsubscribes() throws Exception {
		String citizen = "wang.citizen@example.com";
		String unconfirmed = "never.confirmed@example.com";
		mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/subscriptions\"")));
		mvc.perform(get("/subscriptions").param("agency", "demo-bureau"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("示例区某局")));
		for (String email : List.of(citizen, unconfirmed)) {
			mvc.perform(post("/subscriptions").with(csrf()).param("agencyCode", "demo-bureau").param("email", email))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("请查收确认邮件")));
		}
		String token = token(lastMailTo(citizen));
		assertThat(lastMailTo(citizen)).contains("/subscriptions/confirm?token=");

		mvc.perform(get("/subscriptions/confirm").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("w***@example.com")));
		mvc.perform(post("/subscriptions/confirm").with(csrf()).param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("订阅成功")));
		mvc.perform(get("/subscriptions/confirm").param("token", token))
			.andExpect(content().string(containsString("订阅成功")))
			.andExpect(content().string(not(containsString("action=\"/subscriptions/confirm\""))));

		String title = publish("示例区某局关于调整政务服务大厅窗口服务时间的通告");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			dispatcher.deliverNow();
			assertThat(mailsTo(citizen)).anyMatch(body -> body.contains(title));
		});
		String mail = mailsTo(citizen).stream().filter(body -> body.contains(title)).findFirst().orElseThrow();
		assertThat(mail).contains("/site/demo-bureau/documents/", "/subscriptions/unsubscribe?token=" + token);
		assertThat(mailsTo(unconfirmed)).as("only the confirmation mail: double opt-in").hasSize(1);

		mvc.perform(get("/subscriptions/unsubscribe").param("token", token)).andExpect(status().isOk());
		mvc.perform(post("/subscriptions/unsubscribe").with(csrf()).param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已退订")));
		mvc.perform(get("/subscriptions/unsubscribe").param("token", token))
			.andExpect(content().string(containsString("已退订")))
			.andExpect(content().string(not(containsString("action=\"/subscriptions/unsubscribe\""))));
		mvc.perform(get("/subscriptions/confirm").param("token", token))
			.andExpect(content().string(containsString("已退订")));
		String later = publish("示例区某局关于开展政务公开日活动的通知");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			dispatcher.deliverNow();
			assertThat(jdbc.sql("select count(*) from outgoing_mail where subject like :s")
				.param("s", "%" + later)
				.query(Long.class)
				.single()).as("the demo's confirmed subscriber still receives it").isPositive();
		});
		assertThat(mailsTo(citizen)).noneMatch(body -> body.contains(later));
	}

	@Test
	void aSubscriptionNeedsAValidAddressAndAnAgencyThatOffersIt() throws Exception {
		mvc.perform(post("/subscriptions").with(csrf()).param("agencyCode", "demo-bureau").param("email", "not-an-address"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写有效的电子邮箱")));
		mvc.perform(post("/subscriptions").with(csrf()).param("agencyCode", "demo-finance").param("email", "a@example.com"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("该机关未开放邮件订阅")));
		mvc.perform(get("/subscriptions/confirm").param("token", "no-such-token")).andExpect(status().isNotFound());
	}

	@Test
	void theFormOffersTheAgenciesThatTakeSubscriptionsAndTheColumnsOfTheChosenOneByName() throws Exception {
		mvc.perform(get("/subscriptions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"demo-district\" selected=\"selected\">示例区人民政府</option>")))
			.andExpect(content().string(containsString("<option value=\"demo-bureau\">示例区某局</option>")))
			.andExpect(content().string(not(containsString("value=\"demo-finance\""))))
			.andExpect(content().string(containsString("<input type=\"hidden\" name=\"agencyCode\" value=\"demo-district\">")))
			.andExpect(content().string(containsString("<option value=\"budgets\">　财政预决算</option>")))
			.andExpect(content().string(not(containsString("<input id=\"columnCode\""))));
		mvc.perform(get("/subscriptions").param("agency", "demo-bureau"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"demo-bureau\" selected=\"selected\">示例区某局</option>")))
			.andExpect(content().string(containsString("<input type=\"hidden\" name=\"agencyCode\" value=\"demo-bureau\">")))
			.andExpect(content().string(containsString("示例区某局的栏目")))
			.andExpect(content().string(containsString("查看该机关的栏目")));
	}

	@Test
	void aSubscriptionToAColumnNamesItAndAnUnknownColumnOrAgencyIsRefused() throws Exception {
		String citizen = "li.budgets@example.com";
		mvc.perform(post("/subscriptions").with(csrf())
			.with(from("198.51.100.21"))
			.param("agencyCode", "demo-bureau")
			.param("columnCode", "budgets")
			.param("email", citizen)).andExpect(status().isOk()).andExpect(content().string(containsString("请查收确认邮件")));
		assertThat(lastMailTo(citizen)).contains("示例区某局（财政预决算栏目）");
		mvc.perform(get("/subscriptions/confirm").param("token", token(lastMailTo(citizen))))
			.andExpect(content().string(containsString("示例区某局（财政预决算），邮箱 l***@example.com")));

		String refused = "not.kept@example.com";
		mvc.perform(post("/subscriptions").with(csrf())
			.with(from("198.51.100.21"))
			.param("agencyCode", "demo-bureau")
			.param("columnCode", "no-such-column")
			.param("email", refused))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("该机关的政府信息公开目录中没有所选栏目")))
			.andExpect(content().string(containsString("value=\"" + refused + "\"")));
		mvc.perform(post("/subscriptions").with(csrf())
			.with(from("198.51.100.21"))
			.param("agencyCode", "no-such-agency")
			.param("email", refused))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("该机关未开放邮件订阅")));
		assertThat(mailsTo(refused)).isEmpty();
	}

	private String publish(String title) {
		Staff editor = StaffFixtures.principal(context, "editor").staff();
		Staff reviewer = StaffFixtures.principal(context, "reviewer").staff();
		long id = desk.create(editor, "demo-bureau", new Draft("news", title, title + "。", null, null, "通知", null, null,
				null, LocalDate.now(), null));
		desk.review(editor, id, new DocumentCommand.Submit());
		desk.review(reviewer, id, new DocumentCommand.Publish(null, null));
		return title;
	}

	private List<String> mailsTo(String recipient) {
		return jdbc.sql("select subject || E'\\n' || coalesce(body, '') from outgoing_mail where recipient = :to order by id")
			.param("to", recipient)
			.query(String.class)
			.list();
	}

	private String lastMailTo(String recipient) {
		List<String> mails = mailsTo(recipient);
		return mails.get(mails.size() - 1);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String token(String mail) {
		Matcher matcher = TOKEN.matcher(mail);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
