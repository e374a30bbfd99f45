package org.gongkai.publishing;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.IntegrationTest;
import org.gongkai.dictionaries.Dictionaries;
import org.gongkai.dictionaries.Word;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.publishing.ConfidentialityCheck.Finding;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
 * Publishing's dictionaries on their admin pages (issue 19): a sensitive word added there is found by the next
 * confidentiality check and no longer once removed; the 错敏词 are shown to the reviewer beside the confidentiality
 * findings with their replacements, without blocking publication; the 文种 are offered on the document form, and so
 * are the carriers (公开渠道和载体), of which a document keeps one taken off the list since.
 */
@IntegrationTest
class PublishingDictionariesTests {

	@Autowired
	DocumentDesk desk;

	@Autowired
	DocumentQueries queries;

	@Autowired
	Dictionaries dictionaries;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	private Staff staff(String username) {
		return StaffFixtures.principal(context, username).staff();
	}

	private long submitted(String title, String body) {
		long id = desk.create(staff("editor"), "demo-bureau", new Draft("news", title, body, null, null, null, null,
				null, null, LocalDate.of(2026, 11, 20), null));
		desk.review(staff("editor"), id, new DocumentCommand.Submit());
		return id;
	}

	@Test
	void aSensitiveWordAddedOnItsPageIsFoundAtOnceAuditedAndNoLongerOnceRemoved() throws Exception {
		String word = "青鸟专项" + System.nanoTime() % 100_000;
		long id = submitted("示例区某局关于专项工作的通知", "本局开展" + word + "工作，材料为内部资料。");
		assertThat(queries.find(staff("reviewer"), id).findings()).extracting(Finding::text).containsExactly("内部资料");
		var admin = user(StaffFixtures.principal(context, "admin"));
		mvc.perform(post("/admin/dictionaries/sensitive-words").param("term", word).with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(queries.find(staff("reviewer"), id).findings()).extracting(Finding::kind, Finding::text)
			.containsExactly(tuple(Finding.Kind.SENSITIVE_WORD, word), tuple(Finding.Kind.SENSITIVE_WORD, "内部资料"));
		mvc.perform(get("/admin/documents/" + id).with(user(StaffFixtures.principal(context, "reviewer"))))
			.andExpect(content().string(containsString("<mark class=\"finding\">" + word + "</mark>")));

		Word added = dictionaries.added(dictionaries.named("sensitive-words")).get(0);
		assertThat(added.term()).isEqualTo(word);
		mvc.perform(post("/admin/dictionaries/sensitive-words/" + added.id() + "/removal").with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(queries.find(staff("reviewer"), id).findings()).extracting(Finding::text).containsExactly("内部资料");
		await().untilAsserted(() -> assertThat(jdbc
			.sql("select action from audit_entry where subject = :subject order by id")
			.param("subject", "sensitive-word:" + word)
			.query(String.class)
			.list()).containsExactly("SENSITIVE_WORD_ADDED", "SENSITIVE_WORD_REMOVED"));
	}

	@Test
	void theReviewerSeesTheWrongExpressionsWithTheirReplacementsAndMayStillPublish() throws Exception {
		long id = submitted("示例区某局关于新冠肺炎防控工作的通知",
				"截止目前，本局已完成全部整改。截止日期为12月31日。原国家卫生和计划生育委员会文件同时废止。");
		DocumentView view = queries.find(staff("reviewer"), id);
		assertThat(view.wording()).extracting(WordingCheck.Finding::text, WordingCheck.Finding::replacement)
			.containsExactly(tuple("新冠肺炎", "新冠病毒感染"), tuple("截止目前", "截至目前"),
					tuple("国家卫生和计划生育委员会", "国家卫生健康委员会"));
		assertThat(view.findings()).as("错敏词 are not confidentiality findings").isEmpty();
		mvc.perform(get("/admin/documents/" + id).with(user(StaffFixtures.principal(context, "reviewer"))))
			.andExpect(content().string(containsString("建议改为：截至目前")))
			.andExpect(content().string(containsString("<mark>新冠肺炎</mark>")));

		var admin = user(StaffFixtures.principal(context, "admin"));
		mvc.perform(post("/admin/dictionaries/wording").param("term", "整改").param("value", "整改落实").with(admin)
			.with(csrf())).andExpect(status().is3xxRedirection());
		try {
			assertThat(queries.find(staff("reviewer"), id).wording()).extracting(WordingCheck.Finding::text)
				.contains("整改");
		}
		finally {
			Word added = dictionaries.added(dictionaries.named("wording")).stream()
				.filter(w -> w.term().equals("整改"))
				.findFirst()
				.orElseThrow();
			dictionaries.remove(staff("admin"), dictionaries.named("wording"), added.id());
		}
		desk.review(staff("reviewer"), id, new DocumentCommand.Publish(null, null));
		assertThat(queries.find(staff("reviewer"), id).status()).isEqualTo(DocumentStatus.PUBLISHED);
	}

	@Test
	void theDocumentFormOffersTheStatutoryGenresAndTheAgencies() throws Exception {
		var editor = user(StaffFixtures.principal(context, "editor"));
		mvc.perform(get("/admin/documents/new").with(editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"纪要\">")))
			.andExpect(content().string(containsString("<option value=\"命令（令）\">")));
		String genre = "工作方案" + System.nanoTime() % 100_000;
		mvc.perform(post("/admin/dictionaries/genres").param("term", genre).with(editor).with(csrf()))
			.andExpect(status().is3xxRedirection());
		try {
			mvc.perform(get("/admin/documents/new").with(editor))
				.andExpect(content().string(containsString("<option value=\"" + genre + "\">")));
		}
		finally {
			List<Word> added = dictionaries.added(dictionaries.named("genres"));
			dictionaries.remove(staff("editor"), dictionaries.named("genres"),
					added.stream().filter(w -> w.term().equals(genre)).findFirst().orElseThrow().id());
		}
	}

	@Test
	void aCarrierAddedOnItsPageIsOfferedAtOnceAuditedAndKeptByTheDocumentsThatHaveIt() throws Exception {
		var editor = user(StaffFixtures.principal(context, "editor"));
		mvc.perform(get("/admin/dictionaries/carriers").with(editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("两微一端")))
			.andExpect(content().string(containsString("国办发〔2019〕54号")));
		String carrier = "村务公开栏" + System.nanoTime() % 100_000;
		String box = "<input type=\"checkbox\" name=\"carriers\" value=\"" + carrier + "\"";
		mvc.perform(get("/admin/documents/new").with(editor)).andExpect(content().string(not(containsString(box))));
		mvc.perform(post("/admin/dictionaries/carriers").param("term", carrier).with(editor).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/documents/new").with(editor)).andExpect(content().string(containsString(box + ">")));
		long id = desk.create(staff("editor"), "demo-bureau", new Draft("news", "示例区某局关于村务公开栏的通知", "正文。", null,
				null, null, null, null, null, LocalDate.of(2026, 11, 20), null).withCarriers(List.of(carrier, "政府网站")));
		assertThat(queries.find(staff("editor"), id).carriers()).containsExactly("政府网站", carrier);

		Word added = dictionaries.added(dictionaries.named("carriers")).stream()
			.filter(w -> w.term().equals(carrier))
			.findFirst()
			.orElseThrow();
		mvc.perform(post("/admin/dictionaries/carriers/" + added.id() + "/removal").with(editor).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/documents/new").with(editor)).andExpect(content().string(not(containsString(box))));
		mvc.perform(get("/admin/documents/" + id).with(editor))
			.andExpect(content().string(containsString(box + " checked=\"checked\">")));
		desk.update(staff("editor"), id, new Draft("news", "示例区某局关于村务公开栏的通知（修改）", "正文。", null, null, null,
				null, null, null, LocalDate.of(2026, 11, 20), null).withCarriers(List.of("政府网站", carrier)));
		assertThat(queries.find(staff("editor"), id).carriers()).as("kept, though no longer on the list")
			.containsExactly("政府网站", carrier);
		await().untilAsserted(() -> assertThat(jdbc
			.sql("select action from audit_entry where subject = :subject order by id")
			.param("subject", "carrier:" + carrier)
			.query(String.class)
			.list()).containsExactly("CARRIER_ADDED", "CARRIER_REMOVED"));
	}

}
