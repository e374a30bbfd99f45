package org.gongkai.publishing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A document's carriers (公开渠道和载体 of the 目录 of 国办发〔2019〕54号, beside the statutory 公开方式): chosen on the
 * form from the dictionary {@code carriers} (政府网站 ticked for a new draft), kept in the dictionary's order, refused
 * (400, in the reader's language) when the dictionary does not have them, shown on the published page, and a
 * changed list shown in a correction's difference.
 */
@IntegrationTest
class DocumentCarriersTests {

	@Autowired
	DocumentDesk desk;

	@Autowired
	DocumentQueries queries;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	private Staff staff(String username) {
		return StaffFixtures.principal(context, username).staff();
	}

	private static Draft draft(String title, List<String> carriers) {
		return new Draft("news", title, title + "的正文。", null, null, "通知", null, null, null, LocalDate.of(2026, 11, 20),
				null).withCarriers(carriers);
	}

	@Test
	void aDraftKeepsItsCarriersInTheDictionarysOrderAndWithoutThemIsOnThePortal() throws Exception {
		long id = desk.create(staff("editor"), "demo-bureau",
				draft("示例区某局关于公开渠道的通知", List.of("便民服务站", "政府网站", " 两微一端 ", "便民服务站")));
		assertThat(queries.find(staff("editor"), id).carriers()).containsExactly("政府网站", "两微一端", "便民服务站");
		long plain = desk.create(staff("editor"), "demo-bureau", draft("示例区某局关于默认渠道的通知", null));
		assertThat(queries.find(staff("editor"), plain).carriers()).containsExactly("政府网站");

		var editor = user(StaffFixtures.principal(context, "editor"));
		mvc.perform(get("/admin/documents/new").with(editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<input type=\"checkbox\" name=\"carriers\" value=\"政府网站\" checked=\"checked\">")))
			.andExpect(content().string(containsString("<input type=\"checkbox\" name=\"carriers\" value=\"公开查阅点\">")));
		String location = mvc.perform(post("/admin/documents/new").with(editor)
			.with(csrf())
			.param("columnCode", "news")
			.param("title", "示例区某局关于表单勾选渠道的通知")
			.param("body", "正文。")
			.param("formedOn", "2026-11-20")
			.param("carriers", "政府网站", "政务服务中心"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long saved = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(queries.find(staff("editor"), saved).carriers()).containsExactly("政府网站", "政务服务中心");
		mvc.perform(get("/admin/documents/" + saved).with(editor))
			.andExpect(content().string(containsString(
					"<input type=\"checkbox\" name=\"carriers\" value=\"政务服务中心\" checked=\"checked\">")))
			.andExpect(content().string(containsString("<input type=\"checkbox\" name=\"carriers\" value=\"报刊\">")))
			.andExpect(content().string(containsString("政府网站、政务服务中心")));
	}

	@Test
	void aCarrierTheDictionaryDoesNotHaveIsABadRequestInTheReadersLanguage() throws Exception {
		assertThatThrownBy(() -> desk.create(staff("editor"), "demo-bureau",
				draft("示例区某局关于未知渠道的通知", List.of("政府网站", "小区电梯广告"))))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
				assertThat(e.field()).isEqualTo("carriers");
				assertThat(e.messageKey()).isEqualTo("publishing.document.carriers.unknown");
			});
		var editor = user(StaffFixtures.principal(context, "editor"));
		mvc.perform(post("/admin/documents/new").with(editor)
			.with(csrf())
			.param("columnCode", "news")
			.param("title", "示例区某局关于未知渠道的通知")
			.param("body", "正文。")
			.param("formedOn", "2026-11-20")
			.param("carriers", "小区电梯广告"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("“小区电梯广告”不在公开渠道和载体列表中")));
		mvc.perform(post("/admin/documents/new").with(editor)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("columnCode", "news")
			.param("title", "示例区某局关于未知渠道的通知")
			.param("body", "正文。")
			.param("formedOn", "2026-11-20")
			.param("carriers", "小区电梯广告"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is not in the list of carriers")));
	}

	@Test
	void thePublishedPageShowsTheCarriersAndACorrectionShowsTheChangedList() throws Exception {
		Staff editor = staff("editor");
		Staff reviewer = staff("reviewer");
		String title = "示例区某局关于冬季供暖服务热线的公告";
		long id = desk.create(editor, "demo-bureau", draft(title, List.of("政府网站", "两微一端")));
		desk.review(editor, id, new DocumentCommand.Submit());
		desk.review(reviewer, id, new DocumentCommand.Publish(null, null));
		String page = "/site/demo-bureau/documents/" + id + ".html";
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> mvc.perform(get(page))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(
						"<th scope=\"row\">公开渠道和载体</th><td colspan=\"3\" id=\"carriers\">政府网站、两微一端</td>"))));

		desk.update(editor, id, draft(title, List.of("政府网站", "两微一端", "政务服务中心")));
		desk.review(editor, id, new DocumentCommand.Submit());
		Correction correction = queries.find(reviewer, id).correction();
		assertThat(correction.fields()).containsExactly(new Correction.FieldChange("documents.carriers",
				"政府网站、两微一端", "政府网站、两微一端、政务服务中心", false));
		mvc.perform(get("/admin/documents/" + id).with(user(StaffFixtures.principal(context, "reviewer"))))
			.andExpect(content().string(containsString("<del>政府网站、两微一端</del>")))
			.andExpect(content().string(containsString("<ins>政府网站、两微一端、政务服务中心</ins>")));
		mvc.perform(get(page)).andExpect(content().string(not(containsString("、政务服务中心</td>"))));

		desk.review(reviewer, id, new DocumentCommand.Publish(null, null));
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> mvc.perform(get(page))
				.andExpect(content().string(containsString(">政府网站、两微一端、政务服务中心</td>"))));
	}

}
