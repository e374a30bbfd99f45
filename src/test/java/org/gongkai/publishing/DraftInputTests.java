package org.gongkai.publishing;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editor's form refuses, next to the field and keeping what was typed, a date written or formed after today
 * and a 行政规范性文件 without its 发文字号 (rules.md §6); a document without a body is not sent for review.
 */
@IntegrationTest
class DraftInputTests {

	private static final String TITLE = "示例区某局关于规范政务新媒体管理的办法";

	@Autowired
	DocumentDesk desk;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	private LocalDate tomorrow() {
		return LocalDate.now(clock.withZone(Beijing.ZONE)).plusDays(1);
	}

	@Test
	void aDateAfterTodayIsABadRequestShownByItsFieldWithTheInputKept() throws Exception {
		mvc.perform(post("/admin/documents/new").with(user(StaffFixtures.principal(context, "editor")))
			.with(csrf())
			.param("columnCode", "normative-documents")
			.param("title", TITLE)
			.param("body", "第一条 为规范政务新媒体管理，制定本办法。")
			.param("documentNumber", "示例区某规〔2026〕9号")
			.param("writtenOn", tomorrow().toString())
			.param("formedOn", "2026-11-20")
			.param("validity", "VALID")
			.param("disclosureMethod", "PROACTIVE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("成文日期和信息形成日期不能是将来的日期"),
					containsString(TITLE), containsString("示例区某规〔2026〕9号"))));
		mvc.perform(post("/admin/documents/new").with(user(StaffFixtures.principal(context, "editor")))
			.with(csrf())
			.header("Accept-Language", "en")
			.param("columnCode", "news")
			.param("title", TITLE)
			.param("body", "第一条 为规范政务新媒体管理，制定本办法。")
			.param("formedOn", tomorrow().toString())
			.param("validity", "VALID")
			.param("disclosureMethod", "PROACTIVE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("the date written and the date formed cannot lie in the future")));
	}

	@Test
	void aNormativeDocumentWithoutItsNumberIsABadRequest() throws Exception {
		mvc.perform(post("/admin/documents/new").with(user(StaffFixtures.principal(context, "editor")))
			.with(csrf())
			.param("columnCode", "normative-documents")
			.param("title", TITLE)
			.param("body", "第一条 为规范政务新媒体管理，制定本办法。")
			.param("formedOn", "2026-11-20")
			.param("validity", "VALID")
			.param("disclosureMethod", "PROACTIVE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("行政规范性文件须有发文字号"), containsString(TITLE))));
	}

	@Test
	void aDocumentWithoutABodyIsNotSentForReview() {
		Staff editor = StaffFixtures.principal(context, "editor").staff();
		long id = desk.create(editor, "demo-bureau", new Draft("news", "示例区某局2026年12月政务公开工作例会纪要", "<p><br></p>",
				null, null, "其他", null, null, null, LocalDate.of(2026, 11, 20), null));
		assertThatThrownBy(() -> desk.review(editor, id, new DocumentCommand.Submit()))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.field()).isEqualTo("body");
				assertThat(e.messageKey()).isEqualTo("publishing.document.body.required");
			});
	}

}
