package org.gongkai.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.Crypto;
import org.gongkai.platform.Sm2Signatures;
import org.gongkai.publishing.DocumentCommand;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.publishing.Draft;
import org.gongkai.publishing.Validity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gongkai.IntegrationTest.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The static site's pages: tamper detection against the manifest, paged columns, parent columns showing their
 * sub-columns, the disclosure guide, paths kept inside the site.
 */
@IntegrationTest
class SiteTests {

	@Autowired
	Site site;

	@Autowired
	MockMvc mvc;

	@Autowired
	IntegrityWatch watch;

	@Autowired
	org.gongkai.audit.AuditLog audit;

	@Autowired
	Crypto crypto;

	@Autowired
	Sm2Signatures signatures;

	@Autowired
	DocumentDesk desk;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	ApplicationContext context;

	@Test
	void aChangedFileIsReportedByTheIntegrityCheck() throws Exception {
		site.render("demo-education");
		Path file = site.file("demo-education/index.html").orElseThrow();
		String original = Files.readString(file);
		Files.writeString(file, original.replace("</main>", "<script>alert('挂马')</script></main>"));
		try {
			assertThat(site.verify().mismatches()).containsExactly("demo-education/index.html");
			mvc.perform(get("/api/v1/site/integrity").with(httpBasic("admin", PASSWORD)))
				.andExpect(jsonPath("$.mismatches[0]").value("demo-education/index.html"));
			watch.check();
			await().atMost(Duration.ofSeconds(10))
				.until(() -> audit.recent(50, Long.MAX_VALUE)
					.stream()
					.anyMatch(entry -> entry.action().equals("SITE_TAMPERED")
							&& entry.summary().contains("demo-education/index.html")));
		}
		finally {
			Files.writeString(file, original);
		}
		assertThat(site.verify().mismatches()).isEmpty();
		mvc.perform(get("/api/v1/site/integrity").with(httpBasic("editor", PASSWORD))).andExpect(status().isForbidden());
	}

	/**
	 * A partial render carries the documents' pages of the live generation over as links and writes the changed ones
	 * again: the live generation's page stays as its manifest records it until the switch, and after it (the CI run of
	 * 2026-12-07 served a withdrawn page from memory while the live generation's file had already been written over).
	 */
	@Test
	void aPartialRenderLeavesTheLiveGenerationsPagesAsTheyWere() throws Exception {
		long id = desk.importPublished(agencies.findByCode("demo-bureau").orElseThrow().id(),
				new Draft("news", "示例区某局发布道路施工通告", "施工期间请绕行。", null, null, null, null, null, null,
						LocalDate.now(), Validity.VALID),
				LocalDate.now());
		String page = "demo-bureau/documents/" + id + ".html";
		await().atMost(Duration.ofSeconds(15)).until(() -> site.file(page).isPresent());
		Path before = site.liveGeneration().orElseThrow();
		String published = Files.readString(before.resolve(page));
		assertThat(published).contains("施工期间请绕行");

		desk.review(StaffFixtures.principal(context, "reviewer").staff(), id, new DocumentCommand.Withdraw("施工已结束"));
		await().atMost(Duration.ofSeconds(15))
			.until(() -> site.file(page).map(file -> read(file).contains("该信息已撤销")).orElse(false));

		assertThat(site.liveGeneration()).isNotEqualTo(Optional.of(before));
		assertThat(Files.readString(before.resolve(page))).isEqualTo(published);
		assertThat(Manifest.read(before).getProperty(page))
			.isEqualTo(Crypto.digest(Manifest.suite(before), Files.readAllBytes(before.resolve(page))));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/**
	 * With gongkai.crypto=sm the manifest holds SM3 digests and is signed with SM2, the public key is on the site for
	 * anyone to verify, and a signature that does not hold is reported by the integrity check (issue 19).
	 */
	@Test
	void theManifestIsSignedInTheNationalAlgorithmMode() throws Exception {
		site.render("demo-education");
		Path generation = site.liveGeneration().orElseThrow();
		String firstLine = Files.readAllLines(generation.resolve(Manifest.NAME)).get(0);
		if (crypto.suite() == Crypto.Suite.STANDARD) {
			assertThat(firstLine).contains("SHA-256");
			assertThat(generation.resolve(Manifest.SIGNATURE)).doesNotExist();
			mvc.perform(get("/site/" + Manifest.PUBLIC_KEY)).andExpect(status().isNotFound());
			assertThat(site.verify().mismatches()).isEmpty();
			return;
		}
		assertThat(firstLine).contains("SM3");
		mvc.perform(get("/site/" + Manifest.PUBLIC_KEY))
			.andExpect(status().isOk())
			.andExpect(content().string(signatures.publicKeyPem()));
		Path signature = generation.resolve(Manifest.SIGNATURE);
		String original = Files.readString(signature);
		assertThat(signatures.verify(Files.readAllBytes(generation.resolve(Manifest.NAME)), original)).isTrue();
		assertThat(site.verify().mismatches()).isEmpty();
		Files.writeString(signature, signatures.sign("another manifest".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		try {
			assertThat(site.verify().mismatches()).containsExactly(Manifest.SIGNATURE);
		}
		finally {
			Files.writeString(signature, original);
		}
		assertThat(site.verify().mismatches()).isEmpty();
	}

	@Test
	void longColumnsArePaged() throws Exception {
		mvc.perform(get("/site/demo-bureau/news/index.html"))
			.andExpect(content().string(containsString("page-2.html")))
			.andExpect(content().string(containsString("共 2 页")));
		mvc.perform(get("/site/demo-bureau/news/page-2.html"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("上一页")));
	}

	/**
	 * OGI art. 12: the demo's district government and 示例区某局 publish their guide, its contact facts on the guide
	 * page and its whole text in the guide column: the 20 working days and their extension, the ways to apply the
	 * platform offers and the processing fee.
	 */
	@Test
	void theDemoAgenciesPublishTheirDisclosureGuide() throws Exception {
		for (String agency : new String[] { "demo-district", "demo-bureau" }) {
			String office = agency.equals("demo-district") ? "示例区人民政府办公室" : "示例区某局办公室";
			String guidePage = mvc.perform(get("/site/" + agency + "/guide/index.html"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(guidePage).contains(office, "示例区人民路1号政务中心4楼", "000-60580000", "000-60580001", "指南全文");
			java.util.regex.Matcher fullText = java.util.regex.Pattern
				.compile("href=\"(/site/" + agency + "/documents/\\d+\\.html)\">[^<]*政府信息公开指南</a>")
				.matcher(guidePage);
			assertThat(fullText.find()).isTrue();
			mvc.perform(get(fullText.group(1)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("自收到申请之日起20个工作日内予以答复")))
				.andExpect(content().string(containsString("延长的期限最长不超过20个工作日")))
				.andExpect(content().string(containsString("在线填写并提交申请")))
				.andExpect(content().string(containsString("信函申请")))
				.andExpect(content().string(containsString("当面申请")))
				.andExpect(content().string(containsString("11—30件（含30件）的部分，100元/件")))
				.andExpect(content().string(containsString("30页以下（含30页）的，不收费")));
		}
	}

	/**
	 * A column with sub-columns (法定主动公开内容) lists them, each with a link and its newest documents, those of the
	 * columns below it included; a document published further down reaches every page above it.
	 */
	@Test
	void aParentColumnListsItsSubColumnsWithTheirNewestDocuments() throws Exception {
		mvc.perform(get("/site/demo-bureau/statutory/index.html"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("下设栏目")))
			.andExpect(content().string(containsString("href=\"/site/demo-bureau/budgets/index.html\"")))
			.andExpect(content().string(containsString("示例区某局2025年部门预算公开")))
			.andExpect(content().string(containsString("示例区某局关于规范政务信息发布工作的规定")))
			.andExpect(content().string(containsString("更多“财政预决算”信息")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("class=\"empty-column\""))));

		String title = "示例区人力资源和社会保障局关于做好2026年就业见习工作的通知";
		desk.importPublished(agencies.findByCode("demo-hrss").orElseThrow().id(),
				new Draft("other-documents", title, "各用人单位：做好就业见习工作。", null, null, null, null, null, null,
						LocalDate.now(), Validity.VALID),
				LocalDate.now());
		for (String column : new String[] { "policies", "statutory" }) {
			await().atMost(Duration.ofSeconds(15))
				.until(() -> site.file("demo-hrss/" + column + "/index.html")
					.map(file -> read(file).contains(title))
					.orElse(false));
		}
	}

	@Test
	void pathsNeverLeaveTheSite() throws Exception {
		assertThat(site.file("../current")).isEmpty();
		mvc.perform(get("/site/demo-bureau/no-such-page.html")).andExpect(status().isNotFound());
	}

}
