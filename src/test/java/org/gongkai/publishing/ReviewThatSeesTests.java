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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18, part 3: the reviewer sees what they approve (metadata, body with the findings marked in place, files,
 * and for a correction the difference from the live version); the editor reads and takes back a submission; a
 * correction says the published version stays live.
 */
@IntegrationTest
class ReviewThatSeesTests {

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

	private static Draft draft(String title, String body, String keywords) {
		return new Draft("news", title, body, "摘要", keywords, "其他", null, null, null, LocalDate.of(2026, 11, 20),
				null);
	}

	@Test
	void theReviewerSeesTheBodyWithTheFindingsMarkedInPlaceAndTheMetadata() throws Exception {
		long id = desk.create(staff("editor"), "demo-bureau",
				draft("示例区某局窗口服务调整公告", "即日起窗口服务时间调整。\n联系人电话13912345678。", "窗口服务,办事指南；服务时间"));
		desk.review(staff("editor"), id, new DocumentCommand.Submit());
		DocumentView view = queries.find(staff("reviewer"), id);
		assertThat(view.markedBodyHtml()).contains("<mark class=\"finding\">13912345678</mark>")
			.contains("即日起窗口服务时间调整。");
		assertThat(view.keywords()).isEqualTo("窗口服务、办事指南、服务时间");
		assertThat(view.correction()).as("never published: nothing to compare").isNull();
		mvc.perform(get("/admin/documents/" + id).with(user(StaffFixtures.principal(context, "reviewer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("发布预览")))
			.andExpect(content().string(containsString("<mark class=\"finding\">13912345678</mark>")))
			.andExpect(content().string(containsString("窗口服务、办事指南、服务时间")))
			.andExpect(content().string(containsString("发布时生成")));
	}

	@Test
	void theEditorReadsTheSubmissionAndTakesItBack() throws Exception {
		Staff editor = staff("editor");
		long id = desk.create(editor, "demo-bureau", draft("示例区某局关于调整办公地址的通知", "本局办公地址调整为人民路2号。", null));
		desk.review(editor, id, new DocumentCommand.Submit());
		DocumentView submitted = queries.find(editor, id);
		assertThat(submitted.allowedActions()).containsExactly(DocumentAction.RECALL);
		mvc.perform(get("/admin/documents/" + id).with(user(StaffFixtures.principal(context, "editor"))))
			.andExpect(content().string(containsString("本局办公地址调整为人民路2号。")))
			.andExpect(content().string(containsString("撤回提交")));
		assertThat(queries.find(staff("reviewer"), id).allowedActions()).doesNotContain(DocumentAction.RECALL);
		assertThatThrownBy(() -> desk.review(staff("reviewer"), id, new DocumentCommand.Recall()))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_PERMITTED));

		desk.review(editor, id, new DocumentCommand.Recall());
		DocumentView recalled = queries.find(editor, id);
		assertThat(recalled.status()).isEqualTo(DocumentStatus.DRAFT);
		assertThat(recalled.statusKey()).isEqualTo("documents.status.DRAFT");
		assertThatThrownBy(() -> desk.review(editor, id, new DocumentCommand.Recall()))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
	}

	@Test
	void aCorrectionShowsTheDifferenceFromTheLiveVersionAndSaysItStaysLive() throws Exception {
		Staff editor = staff("editor");
		Staff reviewer = staff("reviewer");
		long id = desk.create(editor, "demo-bureau",
				draft("示例区某局2026年招聘公告", "报名时间为2026年5月15日至5月20日。\n报名地点：人民路1号。", "招聘"));
		desk.review(editor, id, new DocumentCommand.Submit());
		desk.review(reviewer, id, new DocumentCommand.Publish(null, null));

		desk.update(editor, id, draft("示例区某局2026年招聘公告（更正）", "报名时间为2026年5月18日至5月25日。\n报名地点：人民路1号。", "招聘"));
		desk.attach(editor, id, "更正说明.pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		DocumentView correcting = queries.find(editor, id);
		assertThat(correcting.statusKey()).isEqualTo("documents.status.correction.DRAFT");
		desk.review(editor, id, new DocumentCommand.Submit());

		DocumentView view = queries.find(reviewer, id);
		assertThat(view.statusKey()).isEqualTo("documents.status.correction.SUBMITTED");
		Correction correction = view.correction();
		assertThat(correction.liveRevision()).isEqualTo(1);
		assertThat(correction.fields()).containsExactly(new Correction.FieldChange("documents.title",
				"示例区某局2026年招聘公告", "示例区某局2026年招聘公告（更正）", false));
		assertThat(correction.body()).filteredOn(TextDiff.Segment::removed)
			.extracting(TextDiff.Segment::text)
			.containsExactly("15", "20");
		assertThat(correction.body()).filteredOn(TextDiff.Segment::added)
			.extracting(TextDiff.Segment::text)
			.containsExactly("18", "25");
		assertThat(correction.attachmentsAdded()).containsExactly("更正说明.pdf");
		mvc.perform(get("/admin/documents/" + id).with(user(StaffFixtures.principal(context, "reviewer"))))
			.andExpect(content().string(containsString("与在线版本（第1版）的差异")))
			.andExpect(content().string(containsString("<del>15</del><ins>18</ins>")))
			.andExpect(content().string(containsString("修订待审核（已发布版本仍在线）")));

		desk.review(reviewer, id, new DocumentCommand.Reject("请说明更正原因"));
		assertThat(queries.find(editor, id).statusKey()).isEqualTo("documents.status.correction.SENT_BACK");
	}

	@Test
	void filesChosenOnTheNewFormAreAttachedWithTheFirstSave() throws Exception {
		var file = new MockMultipartFile("files", "报名表.pdf", "application/pdf",
				"%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		String location = mvc.perform(multipart("/admin/documents/new").file(file)
			.param("columnCode", "news")
			.param("title", "示例区某局报名表下载")
			.param("body", "报名表见附件。")
			.param("formedOn", "2026-11-20")
			.with(csrf())
			.with(user(StaffFixtures.principal(context, "editor"))))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(queries.find(staff("editor"), id).attachments()).extracting(Attachment::fileName)
			.containsExactly("报名表.pdf");
	}

}
