package org.gongkai.publishing;

import java.time.LocalDate;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Limits on what an editor saves (issue 22, items 8 and 16): a title of at most 300 characters, a body of at most
 * 500,000, both refused as bad input naming the field in the reader's language; and an attachment's name without
 * the right-to-left override that makes {@code 报告‮fdp.exe} read as {@code 报告exe.pdf}.
 */
@IntegrationTest
class DocumentLimitsTests {

	@Autowired
	DocumentDesk desk;

	@Autowired
	DocumentQueries queries;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	private static Draft draft(String title, String body) {
		return new Draft("news", title, body, null, null, null, null, null, null, LocalDate.of(2026, 11, 20), null);
	}

	@Test
	void aTitleOverThreeHundredCharactersIsRefused() {
		Staff editor = StaffFixtures.principal(context, "editor").staff();
		assertThatThrownBy(() -> desk.create(editor, "demo-bureau", draft("关".repeat(301), "正文")))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.field()).isEqualTo("title");
				assertThat(e.messageKey()).isEqualTo("publishing.document.title.tooLong");
			});
		assertThat(desk.create(editor, "demo-bureau", draft("关".repeat(300), "正文"))).isPositive();
	}

	@Test
	void aBodyOverTheLimitIsABadRequestSaidInTheReadersLanguage() throws Exception {
		String huge = "正文".repeat(BodyHtml.MAX_LENGTH / 2 + 1);
		var editor = user(StaffFixtures.principal(context, "editor"));
		mvc.perform(post("/admin/documents/new").with(editor)
			.with(csrf())
			.param("columnCode", "news")
			.param("title", "超长正文")
			.param("body", huge)
			.param("formedOn", "2026-11-20")
			.param("validity", "VALID")
			.param("disclosureMethod", "PROACTIVE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("正文过长：最多 500,000 个字符")));
		mvc.perform(post("/admin/documents/new").with(editor)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("columnCode", "news")
			.param("title", "超长正文")
			.param("body", huge)
			.param("formedOn", "2026-11-20")
			.param("validity", "VALID")
			.param("disclosureMethod", "PROACTIVE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The body is too long: at most 500,000 characters")));
	}

	@Test
	void anAttachmentsNameLosesItsDirectionOverrides() throws Exception {
		Staff editor = StaffFixtures.principal(context, "editor").staff();
		long id = desk.create(editor, "demo-bureau", draft("附件名称测试", "正文"));
		byte[] pdf = RealFiles.pdf();
		mvc.perform(multipart("/admin/documents/" + id + "/attachments")
			.file(new MockMultipartFile("file", "..\\年度报告\u202Efdp.\u200Bpdf", "application/pdf", pdf))
			.with(user(StaffFixtures.principal(context, "editor")))
			.with(csrf()));
		assertThat(queries.find(editor, id).attachments()).extracting(Attachment::fileName)
			.containsExactly("年度报告fdp.pdf");
	}

}
