package org.gongkai.publishing;

import java.time.Duration;
import java.time.LocalDate;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.gongkai.IntegrationTest.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** From a draft to a static page: review, confidentiality check, withdrawal, interpretations linked both ways. */
@IntegrationTest
class PublishingTests {

	@Autowired
	DocumentDesk desk;

	@Autowired
	DocumentQueries queries;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void aDocumentGoesThroughReviewOntoTheStaticSiteAndCanBeWithdrawn() throws Exception {
		Staff editor = StaffFixtures.principal(context, "editor").staff();
		Staff reviewer = StaffFixtures.principal(context, "reviewer").staff();
		Draft draft = new Draft("news", "示例区某局开展政务公开日活动", "5月15日，示例区某局开展政务公开日活动。\n联系人张三，电话13800138000。",
				"政务公开日活动情况", "政务公开日", "其他", null, null, null, LocalDate.of(2026, 5, 15), null);
		long id = desk.create(editor, "demo-bureau", draft);
		desk.review(editor, id, new DocumentCommand.Submit());
		assertThat(queries.find(reviewer, id).findings()).extracting(ConfidentialityCheck.Finding::text)
			.containsExactly("13800138000");
		assertThatThrownBy(() -> desk.review(reviewer, id, new DocumentCommand.Publish(null, null)))
			.isInstanceOf(DomainException.class);
		desk.review(reviewer, id, new DocumentCommand.Reject("请删除个人手机号码"));

		desk.update(editor, id, new Draft("news", draft.title(), "5月15日，示例区某局开展政务公开日活动。\n咨询电话：027-60586058。",
				draft.summary(), draft.keywords(), draft.genre(), null, null, null, draft.formedOn(), null));
		desk.review(editor, id, new DocumentCommand.Submit());
		desk.review(reviewer, id, new DocumentCommand.Publish(null, null));

		DocumentView published = queries.find(reviewer, id);
		assertThat(published.indexNumber()).matches("11429900MB0000101T/\\d{4}-\\d{5}");
		assertThat(published.publishedLate()).as("published months after 15 May: later than art. 26 allows").isTrue();
		String page = "/site/demo-bureau/documents/" + id + ".html";
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> mvc.perform(get(page))
				.andExpect(status().isOk())
				.andExpect(header().exists("ETag"))
				.andExpect(content().string(containsString("示例区某局开展政务公开日活动")))
				.andExpect(content().string(containsString(published.indexNumber())))
				.andExpect(content().string(not(containsString("13800138000")))));
		mvc.perform(get("/site/demo-bureau/news/index.html")).andExpect(content().string(containsString(page)));
		mvc.perform(get("/site/demo-bureau/news/feed.atom"))
			.andExpect(header().string("Content-Type", containsString("application/atom+xml")))
			.andExpect(content().string(containsString("<title>示例区某局开展政务公开日活动</title>")))
			.andExpect(content().string(containsString("http://localhost:8080" + page)));
		mvc.perform(get("/site/demo-bureau/news/feed.json"))
			.andExpect(jsonPath("$.version").value("https://jsonfeed.org/version/1.1"))
			.andExpect(jsonPath("$.items[0].title").value("示例区某局开展政务公开日活动"));
		mvc.perform(get("/site/sitemap.xml"))
			.andExpect(content().string(containsString("<sitemapindex")))
			.andExpect(content().string(containsString("http://localhost:8080/site/demo-bureau/sitemap.xml")));
		mvc.perform(get("/site/demo-bureau/sitemap.xml")).andExpect(content().string(containsString(page)));
		mvc.perform(get("/api/v1/site/integrity").with(httpBasic("admin", PASSWORD)))
			.andExpect(jsonPath("$.mismatches").isEmpty());

		desk.review(reviewer, id, new DocumentCommand.Withdraw("活动信息已过期"));
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> mvc.perform(get(page)).andExpect(content().string(containsString("该信息已撤销：活动信息已过期"))));
	}

	@Test
	@org.junit.jupiter.api.DisplayName("政策解读 and its policy document link to each other")
	void anInterpretationAndItsPolicyLinkBothWays() {
		Staff editor = StaffFixtures.principal(context, "editor").staff();
		Staff reviewer = StaffFixtures.principal(context, "reviewer").staff();
		long policy = desk.create(editor, "demo-bureau", new Draft("other-documents", "示例区某局关于优化政务服务的实施意见",
				"一、总体要求……", null, null, "意见", null, "示例某发〔2026〕3号", LocalDate.of(2026, 11, 18),
				LocalDate.of(2026, 11, 18), null));
		desk.review(editor, policy, new DocumentCommand.Submit());
		desk.review(reviewer, policy, new DocumentCommand.Publish(null, null));
		String policyIndex = queries.find(reviewer, policy).indexNumber();
		long interpretation = desk.create(editor, "demo-bureau", new Draft("interpretations",
				"《关于优化政务服务的实施意见》政策解读", "问：为什么出台？答：……", null, null, null, null, null, null,
				LocalDate.of(2026, 11, 18), null));
		assertThatThrownBy(() -> desk.interpret(editor, interpretation, "no-such/2026-99999", InterpretationForm.QA))
			.isInstanceOf(DomainException.class);
		desk.interpret(editor, interpretation, policyIndex, InterpretationForm.QA);
		desk.review(editor, interpretation, new DocumentCommand.Submit());
		desk.review(reviewer, interpretation, new DocumentCommand.Publish(null, null));
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			mvc.perform(get("/site/demo-bureau/documents/" + policy + ".html"))
				.andExpect(content().string(containsString("/site/demo-bureau/documents/" + interpretation + ".html")))
				.andExpect(content().string(containsString("问答解读")));
			mvc.perform(get("/site/demo-bureau/documents/" + interpretation + ".html"))
				.andExpect(content().string(containsString("/site/demo-bureau/documents/" + policy + ".html")));
		});
	}

}
