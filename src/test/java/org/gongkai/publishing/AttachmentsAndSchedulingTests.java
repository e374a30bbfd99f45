package org.gongkai.publishing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.gongkai.IntegrationTest;
import org.gongkai.site.Site;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.Crypto;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Attachments on the static site, publication at a set time, and generations that re-render only what changed. */
@IntegrationTest
class AttachmentsAndSchedulingTests {

	@Autowired
	Crypto crypto;

	@Autowired
	DocumentDesk desk;

	@Autowired
	DocumentQueries queries;

	@Autowired
	Site site;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void attachmentsArePublishedWithTheirVersionAndChangesWaitForReview() throws Exception {
		StaffPrincipal editorPrincipal = StaffFixtures.principal(context, "editor");
		Staff editor = editorPrincipal.staff();
		Staff reviewer = StaffFixtures.principal(context, "reviewer").staff();
		long id = desk.create(editor, "demo-bureau", draft("示例区某局2025年部门预算公开"));
		byte[] pdf = RealFiles.pdf();
		byte[] xlsx = RealFiles.xlsx();

		mvc.perform(multipart("/admin/documents/" + id + "/attachments")
			.file(new MockMultipartFile("file", "2025年部门预算.pdf", "application/pdf", pdf))
			.with(user(editorPrincipal))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", true));
		mvc.perform(multipart("/admin/documents/" + id + "/attachments")
			.file(new MockMultipartFile("file", "预算表.pdf", "application/pdf", "MZ\u0090 not a pdf".getBytes()))
			.with(user(editorPrincipal))
			.with(csrf())).andExpect(flash().attribute("refusal", "publishing.attachment.type"));
		long table = desk.attach(editor, id, "2025年部门预算表.xlsx", xlsx);
		assertThatThrownBy(() -> desk.attach(editor, id, "2025年部门预算表.xlsx", xlsx))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("publishing.attachment.duplicate"));
		assertThat(queries.find(editor, id).attachments()).extracting(Attachment::fileName)
			.containsExactly("2025年部门预算.pdf", "2025年部门预算表.xlsx");

		desk.review(editor, id, new DocumentCommand.Submit());
		desk.review(reviewer, id, new DocumentCommand.Publish(null, null));
		String page = "/site/demo-bureau/documents/" + id + ".html";
		Attachment published = queries.find(editor, id).attachments().get(0);
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> mvc.perform(get(page)).andExpect(content().string(containsString("2025年部门预算表.xlsx"))));
		mvc.perform(get("/site/" + published.path()))
			.andExpect(status().isOk())
			.andExpect(content().bytes(pdf));
		assertThat(published.sha256()).as("the file store keeps a file by its SHA-256")
			.isEqualTo(Crypto.digest(Crypto.Suite.STANDARD, pdf));
		assertThat(site.recordedHash(published.path())).as("the manifest's digest, SM3 with gongkai.crypto=sm")
			.contains(crypto.digest(pdf));

		desk.detach(editor, id, table);
		assertThat(queries.find(editor, id).status()).as("a change of files starts a new version")
			.isEqualTo(DocumentStatus.DRAFT);
		site.render("demo-bureau");
		mvc.perform(get(page)).andExpect(content().string(containsString("2025年部门预算表.xlsx")));

		desk.review(editor, id, new DocumentCommand.Submit());
		desk.review(reviewer, id, new DocumentCommand.Publish(null, null));
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> mvc.perform(get(page))
				.andExpect(content().string(containsString("2025年部门预算.pdf")))
				.andExpect(content().string(not(containsString("2025年部门预算表.xlsx")))));
		assertThat(site.verify().mismatches()).isEmpty();
	}

	@Test
	void aScheduledDocumentAppearsAtItsTime() throws Exception {
		Staff editor = StaffFixtures.principal(context, "editor").staff();
		StaffPrincipal reviewerPrincipal = StaffFixtures.principal(context, "reviewer");
		Staff reviewer = reviewerPrincipal.staff();
		long id = desk.create(editor, "demo-bureau", draft("示例区某局关于元旦假期值班安排的通知"));
		desk.review(editor, id, new DocumentCommand.Submit());
		mvc.perform(post("/admin/documents/" + id + "/review").param("action", "PUBLISH")
			.param("at", "2020-01-01T09:00")
			.with(user(reviewerPrincipal))
			.with(csrf())).andExpect(flash().attribute("refusal", "publishing.schedule.past"));

		desk.review(reviewer, id, new DocumentCommand.Publish(null, Instant.now().plusSeconds(2)));
		assertThat(queries.find(reviewer, id).status()).isEqualTo(DocumentStatus.SCHEDULED);
		String page = "/site/demo-bureau/documents/" + id + ".html";
		mvc.perform(get(page)).andExpect(status().isNotFound());

		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
			desk.publishDue();
			return queries.find(reviewer, id).status() == DocumentStatus.PUBLISHED;
		});
		assertThat(queries.find(reviewer, id).indexNumber()).isNotNull();
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> mvc.perform(get(page)).andExpect(status().isOk()));
	}

	@Test
	void publishingOneDocumentRewritesOnlyThePagesItTouches() throws Exception {
		Staff editor = StaffFixtures.principal(context, "editor").staff();
		Staff reviewer = StaffFixtures.principal(context, "reviewer").staff();
		site.render("demo-bureau");
		Map<String, Path> before = Map.of("other agency's home", site.file("demo-finance/index.html").orElseThrow(),
				"another column", site.file("demo-bureau/budgets/index.html").orElseThrow(),
				"this column", site.file("demo-bureau/news/index.html").orElseThrow(),
				"the home page", site.file("demo-bureau/index.html").orElseThrow());
		long id = desk.create(editor, "demo-bureau", draft("示例区某局召开2026年第四季度政务公开工作推进会"));
		desk.review(editor, id, new DocumentCommand.Submit());
		desk.review(reviewer, id, new DocumentCommand.Publish(null, null));
		await().atMost(Duration.ofSeconds(15))
			.until(() -> site.file("demo-bureau/documents/" + id + ".html").isPresent());

		assertThat(Files.isSameFile(before.get("other agency's home"), site.file("demo-finance/index.html").orElseThrow()))
			.as("carried over as a link").isTrue();
		assertThat(Files.isSameFile(before.get("another column"), site.file("demo-bureau/budgets/index.html").orElseThrow()))
			.isTrue();
		assertThat(Files.isSameFile(before.get("this column"), site.file("demo-bureau/news/index.html").orElseThrow()))
			.as("rendered afresh").isFalse();
		assertThat(Files.isSameFile(before.get("the home page"), site.file("demo-bureau/index.html").orElseThrow()))
			.isFalse();
		assertThat(site.verify().mismatches()).isEmpty();
	}

	private static Draft draft(String title) {
		return new Draft("news", title, "<p>" + title + "。</p>", null, "政务公开", "通知", null, null, null,
				LocalDate.now(org.gongkai.platform.Beijing.ZONE).minusDays(1), null);
	}

}
