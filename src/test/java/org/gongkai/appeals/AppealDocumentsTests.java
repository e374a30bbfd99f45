package org.gongkai.appeals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.identity.StaffPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The documents of an appeal case: a real decision PDF goes in and comes back byte for byte with an audit record; a
 * disguised or too large file stays out; only the agency's disclosure staff add documents, its readers (and the
 * supervising office above) read them, and other agencies do not see the case at all.
 */
@IntegrationTest
class AppealDocumentsTests {

	private static final String AGENCY = "appeal-docs-bureau";

	@Autowired
	MockMvc mvc;

	@Autowired
	Appeals appeals;

	@Autowired
	AppealDocuments documents;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	private static boolean ready;

	private long appeal;

	@BeforeEach
	void aCase() {
		if (!ready) {
			agencies.ensureChild("demo-district", new NewAgency(AGENCY, "示例区文书测试局", null, null, null));
			accounts.ensure(new NewStaffAccount("appeal-docs-officer", "文书专员", "Docs-Officer-2026", AGENCY,
					EnumSet.of(Role.OFFICER)));
			accounts.ensure(new NewStaffAccount("appeal-docs-editor", "文书编辑", "Docs-Editor-2026", AGENCY,
					EnumSet.of(Role.EDITOR)));
			ready = true;
		}
		appeal = appeals.register(staff("appeal-docs-officer").staff(), AGENCY,
				new NewAppeal(AppealKind.RECONSIDERATION, "示例区人民政府", LocalDate.of(2025, 4, 2), null, null));
	}

	@Test
	void aRealDecisionPdfIsKeptAndComesBackByteForByteWithAnAuditRecord() throws Exception {
		byte[] pdf = decisionPdf();
		upload("appeal-docs-officer", "行政复议决定书.pdf", pdf).andExpect(flash().attribute("uploaded", "行政复议决定书.pdf"));

		List<AppealDocument> kept = documents.of(staff("appeal-docs-officer").staff(), appeal);
		assertThat(kept).singleElement().satisfies(document -> {
			assertThat(document.fileName()).isEqualTo("行政复议决定书.pdf");
			assertThat(document.type()).isEqualTo(org.gongkai.platform.FileType.PDF);
			assertThat(document.size()).isEqualTo(pdf.length);
			assertThat(document.uploadedBy()).isEqualTo("appeal-docs-officer");
		});
		long id = kept.get(0).id();
		mvc.perform(get("/admin/appeals/" + appeal).with(user(staff("appeal-docs-officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("行政复议决定书.pdf")))
			.andExpect(content().string(containsString("/admin/appeals/" + appeal + "/documents/" + id)))
			.andExpect(content().string(containsString("id=\"upload-document\"")));

		byte[] downloaded = mvc.perform(get("/admin/appeals/" + appeal + "/documents/" + id)
			.with(user(staff("appeal-docs-officer"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);
		try (PDDocument read = Loader.loadPDF(downloaded)) {
			assertThat(new PDFTextStripper().getText(read)).contains("Decision 2025-17");
		}

		String sha256 = kept.get(0).sha256();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.sql("""
					select summary from audit_entry
					where action = 'APPEAL_DOCUMENT_ADDED' and subject = :subject and actor = 'appeal-docs-officer'""")
				.param("subject", "appeal:" + appeal)
				.query(String.class)
				.list()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
				.contains("document=" + id, "type=application/pdf", "bytes=" + pdf.length, "sha256=" + sha256));
	}

	@Test
	void aFileWhoseContentIsNotWhatItsNameSaysIsRefused() throws Exception {
		byte[] executable = new byte[512];
		executable[0] = 'M';
		executable[1] = 'Z';
		upload("appeal-docs-officer", "判决书.pdf", executable)
			.andExpect(flash().attribute("refusal", "appeals.document.badType"));
		upload("appeal-docs-officer", "判决书.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
			.andExpect(flash().attribute("refusal", "appeals.document.badType"));
		upload("appeal-docs-officer", "判决书.pdf", wordDocument())
			.andExpect(flash().attribute("refusal", "appeals.document.badType"));
		upload("appeal-docs-officer", "判决书.docx", wordDocument()).andExpect(flash().attribute("uploaded", "判决书.docx"));
		assertThat(documents.of(staff("appeal-docs-officer").staff(), appeal)).extracting(AppealDocument::fileName)
			.containsExactly("判决书.docx");
		mvc.perform(get("/admin/appeals/" + appeal).with(user(staff("appeal-docs-officer"))))
			.andExpect(content().string(not(containsString("判决书.pdf"))));
	}

	@Test
	void aFileAboveTheSizeLimitIsRefused() throws Exception {
		byte[] large = Arrays.copyOf(decisionPdf(), 20 * 1024 * 1024 + 1);
		upload("appeal-docs-officer", "卷宗.pdf", large)
			.andExpect(flash().attribute("refusal", "appeals.document.tooLarge"))
			.andExpect(flash().attribute("refusalArguments", new Object[] { "卷宗.pdf", 20L }));
		upload("appeal-docs-officer", "卷宗.pdf", new byte[0]).andExpect(flash().attribute("refusal", "appeals.document.empty"));
		assertThat(documents.of(staff("appeal-docs-officer").staff(), appeal)).isEmpty();
	}

	@Test
	void onlyTheAgencysDisclosureStaffAddDocumentsAndOtherAgenciesDoNotSeeTheCase() throws Exception {
		upload("appeal-docs-officer", "答复书.pdf", decisionPdf()).andExpect(flash().attribute("uploaded", "答复书.pdf"));
		long id = documents.of(staff("appeal-docs-officer").staff(), appeal).get(0).id();

		upload("appeal-docs-editor", "另一份.pdf", decisionPdf()).andExpect(flash().attribute("refusal", "appeals.officerOnly"));
		upload("supervisor", "另一份.pdf", decisionPdf()).andExpect(flash().attribute("refusal", "appeals.officerOnly"));
		assertThat(documents.of(staff("appeal-docs-officer").staff(), appeal)).hasSize(1);

		mvc.perform(get("/admin/appeals/" + appeal).with(user(staff("appeal-docs-editor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("答复书.pdf")))
			.andExpect(content().string(not(containsString("id=\"upload-document\""))));
		mvc.perform(get("/admin/appeals/" + appeal + "/documents/" + id).with(user(staff("supervisor"))))
			.andExpect(status().isOk());
		assertThat(appeals.find(staff("supervisor").staff(), appeal).allowedActions()).as("the supervisor only reads")
			.isEmpty();
		assertThat(appeals.find(staff("appeal-docs-officer").staff(), appeal).allowedActions())
			.containsExactly(AppealAction.DECIDE, AppealAction.ADD_DOCUMENT);

		mvc.perform(get("/admin/appeals/" + appeal).with(user(staff("finance-editor")))).andExpect(status().isNotFound());
		mvc.perform(get("/admin/appeals/" + appeal + "/documents/" + id).with(user(staff("finance-editor"))))
			.andExpect(status().isNotFound());
		upload("finance-editor", "另一份.pdf", decisionPdf()).andExpect(flash().attribute("refusal", "appeals.notFound"));
		mvc.perform(multipart("/admin/appeals/" + appeal + "/documents")
			.file(new MockMultipartFile("file", "无令牌.pdf", null, decisionPdf()))
			.with(user(staff("appeal-docs-officer")))).andExpect(status().isForbidden());
	}

	private ResultActions upload(String username, String fileName, byte[] content) throws Exception {
		return mvc
			.perform(multipart("/admin/appeals/" + appeal + "/documents")
				.file(new MockMultipartFile("file", fileName, "application/pdf", content))
				.with(user(staff(username)))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/appeals/" + appeal));
	}

	private StaffPrincipal staff(String username) {
		return StaffFixtures.principal(context, username);
	}

	private static byte[] decisionPdf() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new PdfRendererBuilder()
				.withHtmlContent("<html><body><p>Administrative reconsideration: Decision 2025-17</p></body></html>", null)
				.toStream(out)
				.run();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static byte[] wordDocument() throws java.io.IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("行政判决书");
			document.write(out);
			return out.toByteArray();
		}
	}

}
