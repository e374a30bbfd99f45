package org.gongkai.publishing;

import java.time.LocalDate;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * OGI art. 17: the confidentiality check reads the text of the attached files as it reads the body, and names the
 * file of each finding (a list of attendees with an ID number was published as a PDF while the check saw only the
 * body).
 */
@IntegrationTest
class AttachmentsCheckedTests {

	private static final String ATTENDEES = "身份证号 110101199003078515 手机 13800138000";

	@Autowired
	DocumentDesk desk;

	@Autowired
	DocumentQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	private Staff staff(String username) {
		return StaffFixtures.principal(context, username).staff();
	}

	private long submittedWithAttendees(String title) {
		Staff editor = staff("editor");
		long id = desk.create(editor, "demo-bureau", new Draft("news", title, "会议联系人手机13800138000。", "摘要", null,
				"其他", null, null, null, LocalDate.of(2026, 11, 20), null));
		desk.attach(editor, id, "attendees.pdf", RealFiles.pdf(ATTENDEES));
		desk.attach(editor, id, "议程.docx", RealFiles.docx());
		desk.review(editor, id, new DocumentCommand.Submit());
		return id;
	}

	@Test
	void findingsInAnAttachedPdfAreShownWithItsNameAndBlockPublicationWithoutAReason() throws Exception {
		long id = submittedWithAttendees("示例区某局2026年度工作会议参会人员名单");
		Staff reviewer = staff("reviewer");
		DocumentView view = queries.find(reviewer, id);
		assertThat(view.findings()).extracting(ConfidentialityCheck.Finding::text).containsExactly("13800138000");
		assertThat(view.fileFindings()).extracting(f -> f.fileName(), f -> f.finding().kind(), f -> f.finding().text())
			.containsExactly(tuple("attendees.pdf", ConfidentialityCheck.Finding.Kind.ID_NUMBER, "110101199003078515"),
					tuple("attendees.pdf", ConfidentialityCheck.Finding.Kind.MOBILE_NUMBER, "13800138000"));
		assertThat(view.checkedClean()).isFalse();
		mvc.perform(get("/admin/documents/" + id).with(user(StaffFixtures.principal(context, "reviewer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("附件“attendees.pdf”中的")))
			.andExpect(content().string(containsString("<mark>110101199003078515</mark>")));
		assertThatThrownBy(() -> desk.review(reviewer, id, new DocumentCommand.Publish(null, null)))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("publishing.review.findings");
				assertThat(e.arguments()).containsExactly(3);
			});
	}

	@Test
	void aFileKeptBeforeItsTextWasStoredIsReadWhenChecked() {
		long id = submittedWithAttendees("示例区某局2026年度工作会议参会人员名单（补发）");
		assertThat(jdbc.sql("select text from document_attachment where document_id = :id and file_name = 'attendees.pdf'")
			.param("id", id)
			.query(String.class)
			.single()).as("extracted once, on upload").contains("110101199003078515");
		jdbc.sql("update document_attachment set text = null where document_id = :id").param("id", id).update();
		assertThat(queries.find(staff("reviewer"), id).fileFindings()).extracting(f -> f.finding().text())
			.containsExactly("110101199003078515", "13800138000");
		assertThat(jdbc.sql("select text from document_attachment where document_id = :id and file_name = 'attendees.pdf'")
			.param("id", id)
			.query(String.class)
			.single()).as("read once, then stored").contains("110101199003078515");
	}

}
