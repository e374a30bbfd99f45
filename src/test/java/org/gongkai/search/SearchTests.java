package org.gongkai.search;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.DomainException;
import org.gongkai.publishing.DocumentCommand;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.publishing.Draft;
import org.gongkai.publishing.Validity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Search over the demo on the real database: indexing on events, pages, API, scoping, catch-up and rebuild. */
@IntegrationTest
class SearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Search search;

	@Autowired
	SearchIndex index;

	@Autowired
	SearchIndexing indexing;

	@Autowired
	IndexRebuild rebuild;

	@Autowired
	DocumentDesk desk;

	@Autowired
	SearchSynonyms synonyms;

	@Autowired
	org.gongkai.audit.AuditLog audit;

	@Autowired
	ApplicationContext context;

	Staff staff(String username) {
		return StaffFixtures.principal(context, username).staff();
	}

	@Test
	void theDemoPortalFindsWordsAndDocumentNumbersWithHighlightedSnippets() throws Exception {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/search").param("q", "政务开放日"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("开放日</mark>")))
			.andExpect(content().string(containsString("/site/demo-bureau/documents/"))));
		for (String number : List.of("示例区某规〔2023〕1号", "某规 2023 1", "示例区某规[2023]第01号")) {
			SearchResults results = search.publicly(SearchQuery.of(number));
			assertThat(results.hits().get(0).title()).as(number).isEqualTo("示例区某局关于规范政务信息发布工作的规定");
		}
		mvc.perform(get("/search").param("q", "预算").param("agency", "demo-finance").param("year", "2025"))
			.andExpect(content().string(containsString("示例区2025年区级财政")))
			.andExpect(content().string(not(containsString("示例区某局2025年部门预算公开"))));
	}

	@Test
	@org.junit.jupiter.api.DisplayName("issue 17: natural phrasings find what they mean on the demo (partial matches, shipped synonyms, the guide)")
	void naturalPhrasingsFindWhatTheyMean() throws Exception {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			SearchResults budget = search.publicly(SearchQuery.of("财政预算公开"));
			assertThat(budget.hits()).extracting(SearchHit::title).contains("示例区2025年区级财政预算及执行情况");
		});
		assertThat(search.publicly(SearchQuery.of("年报")).hits()).extracting(SearchHit::title)
			.contains("示例区某局2025年政府信息公开工作年度报告");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			for (String words : List.of("政府信息公开指南", "指南", "公开指南")) {
				assertThat(search.publicly(SearchQuery.of(words)).hits()).as(words)
					.extracting(SearchHit::url)
					.contains("/site/demo-bureau/guide/index.html");
			}
		});
		// every demo agency publishes its guide: one of them comes first, before the reports that mention it
		assertThat(search.publicly(SearchQuery.of("政府信息公开指南")).hits().get(0).title())
			.endsWith("政府信息公开指南");
		mvc.perform(get("/search").param("q", "财政预算公开"))
			.andExpect(content().string(containsString("示例区2025年区级<mark>财政预算</mark>及执行情况")))
			.andExpect(content().string(containsString("id=\"partial\"")))
			.andExpect(content().string(not(containsString("<em>"))))
			.andExpect(content().string(not(containsString("财政预算及</a>"))));
	}

	@Test
	@org.junit.jupiter.api.DisplayName("a synonym group staff add on the back office works at the next search, audited, and goes when removed")
	void synonymsAddedByStaffWorkWithoutARestart() throws Exception {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !search.publicly(SearchQuery.of("政务开放日")).hits().isEmpty());
		assertThat(search.publicly(SearchQuery.of("zkxqday")).hits()).isEmpty();
		var editor = StaffFixtures.principal(context, "editor");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/search/synonyms")
			.param("words", "zkxqday 政务开放日")
			.with(user(editor))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		try {
			assertThat(search.publicly(SearchQuery.of("zkxqday")).hits()).extracting(SearchHit::title)
				.anyMatch(title -> title.contains("政务开放日"));
			mvc.perform(get("/admin/search/synonyms").with(user(editor)))
				.andExpect(content().string(containsString("zkxqday 政务开放日")))
				.andExpect(content().string(containsString("年报 年度报告")));
			await().atMost(Duration.ofSeconds(10))
				.until(() -> audit.recent(50, Long.MAX_VALUE)
					.stream()
					.anyMatch(entry -> entry.action().equals("SEARCH_SYNONYMS_ADDED") && entry.actor().equals("editor")));
		}
		finally {
			long id = synonyms.added().stream().filter(e -> e.words().startsWith("zkxqday")).findFirst().orElseThrow().id();
			synonyms.remove(staff("editor"), id);
		}
		assertThat(search.publicly(SearchQuery.of("zkxqday")).hits()).isEmpty();
		assertThatThrownBy(() -> synonyms.add(staff("editor"), "只有一个词")).isInstanceOf(DomainException.class);
	}

	@Test
	void theTextOfAttachmentsIsSearchable() {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			SearchResults results = search.publicly(SearchQuery.of("台式计算机"));
			assertThat(results.hits()).as("the demo's procurement notice carries the words only in its XLSX")
				.extracting(hit -> hit.title())
				.contains("示例区某局2026年第四季度政府采购意向公开");
		});
	}

	@Test
	void theApiAnswersWithTotalHitsAndEscapedSnippets() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "预算").param("agency", "demo-bureau"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", greaterThanOrEqualTo(2)))
			.andExpect(jsonPath("$.hits[*].agency", everyItem(org.hamcrest.Matchers.is("demo-bureau"))))
			.andExpect(jsonPath("$.hits[0].url", containsString("http://localhost:8080/site/demo-bureau/documents/")))
			.andExpect(jsonPath("$.hits[0].title", containsString("预算")))
			.andExpect(jsonPath("$.hits[0].snippet", containsString("<mark>")))
			.andExpect(jsonPath("$.hits[0].publishedOn").exists());
		mvc.perform(get("/api/v1/search").param("q", "预算").param("column", "budgets").param("year", "2024"))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/search").param("q", "预算").param("page", "0").header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"))
			.andExpect(jsonPath("$.errors[0].message", containsString("页码")));
	}

	@Test
	void badOrEmptyQueriesGetAClearPage() throws Exception {
		mvc.perform(get("/search")).andExpect(status().isOk()).andExpect(content().string(containsString("请输入关键词")));
		mvc.perform(get("/search").param("q", "((( AND \" 〔"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有找到相关信息")));
		mvc.perform(get("/search").param("q", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
		mvc.perform(get("/search").param("q", "预算").param("year", "去年").param("sort", "best"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("年份应为 1949 至 2100 之间的数字")))
			.andExpect(content().string(containsString("不是可选的值")));
		mvc.perform(get("/search").param("q", "政务公幵日"))
			.andExpect(content().string(containsString("您是不是要找")))
			.andExpect(content().string(containsString("政务公开日")));
	}

	@Test
	@org.junit.jupiter.api.DisplayName("publication, new version and withdrawal reach the index; drafts only staff of the agency find")
	void theIndexFollowsPublishingAndStaffSeeOnlyTheirAgencies() throws Exception {
		Staff editor = staff("editor");
		Staff reviewer = staff("reviewer");
		long id = desk.create(editor, "demo-bureau", new Draft("normative-documents", "示例区某局关于加强电动自行车停放充电管理的通知",
				"各科室：为加强电动自行车停放充电管理，现就有关事项通知如下。", null, null, "通知", null, "示例区某规〔2026〕7号",
				LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20), Validity.VALID));
		await("the draft’s DocumentChanged event indexes its working copy").atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(search.forStaff(editor, SearchQuery.of("电动自行车")).hits())
				.extracting(SearchHit::status)
				.containsExactly(org.gongkai.publishing.DocumentStatus.DRAFT));
		assertThat(search.publicly(SearchQuery.of("电动自行车")).hits()).isEmpty();
		assertThat(search.forStaff(staff("finance-editor"), SearchQuery.of("电动自行车")).hits()).isEmpty();
		mvc.perform(get("/admin/search").param("q", "电动自行车").with(user(StaffFixtures.principal(context, "editor"))))
			.andExpect(content().string(containsString("/admin/documents/" + id)))
			.andExpect(content().string(containsString("草稿")));

		desk.review(editor, id, new DocumentCommand.Submit());
		desk.review(reviewer, id, new DocumentCommand.Publish(null, null));
		await().atMost(Duration.ofSeconds(15))
			.until(() -> search.publicly(SearchQuery.of("示例区某规〔2026〕7号")).hits().stream()
				.anyMatch(hit -> hit.documentId() == id));
		assertThat(search.publicly(new SearchQuery("停放充电", null, null, null, null, "通知", null, 1)).hits())
			.extracting(SearchHit::documentId)
			.containsExactly(id);

		desk.update(editor, id, new Draft("normative-documents", "示例区某局关于加强电动自行车停放充电安全管理的通知（修订）",
				"各科室：为加强电动自行车停放充电安全管理，现就有关事项通知如下。", null, null, "通知", null, "示例区某规〔2026〕7号",
				LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20), Validity.VALID));
		desk.review(editor, id, new DocumentCommand.Submit());
		desk.review(reviewer, id, new DocumentCommand.Publish(null, null));
		await().atMost(Duration.ofSeconds(15))
			.until(() -> search.publicly(SearchQuery.of("电动自行车")).hits().stream()
				.anyMatch(hit -> hit.documentId() == id && hit.title().endsWith("（修订）")));
		assertThat(search.publicly(SearchQuery.of("电动自行车")).hits()).filteredOn(hit -> hit.documentId() == id)
			.hasSize(1);

		desk.review(reviewer, id, new DocumentCommand.Withdraw("已被新通知替代"));
		await().atMost(Duration.ofSeconds(15))
			.until(() -> search.publicly(SearchQuery.of("电动自行车")).hits().stream()
				.noneMatch(hit -> hit.documentId() == id));
		assertThat(search.forStaff(reviewer, SearchQuery.of("电动自行车")).hits()).extracting(SearchHit::status)
			.contains(org.gongkai.publishing.DocumentStatus.WITHDRAWN);
	}

	@Test
	@org.junit.jupiter.api.DisplayName("what a crash left out of the index is indexed again at start-up")
	void theStartUpCatchUpRepairsTheIndex() {
		SearchHit hit = search.publicly(SearchQuery.of("示例区某规〔2023〕1号")).hits().get(0);
		index.replace(List.of(hit.documentId()), List.of());
		assertThat(search.publicly(SearchQuery.of("示例区某规〔2023〕1号")).hits())
			.noneMatch(found -> found.documentId() == hit.documentId());
		indexing.run(null);
		assertThat(search.publicly(SearchQuery.of("示例区某规〔2023〕1号")).hits().get(0)).isEqualTo(hit);
	}

	@Test
	@org.junit.jupiter.api.DisplayName("a rebuild from the database gives the index that events built")
	void aRebuildEqualsTheIncrementalIndex() throws Exception {
		assertThatThrownBy(() -> rebuild.start(staff("editor"))).isInstanceOf(DomainException.class);
		indexing.catchUp(false);
		List<Object> before = snapshot();
		rebuild.start(staff("admin"));
		await().atMost(Duration.ofSeconds(60)).until(() -> rebuild.status().state() == IndexRebuild.State.DONE);
		assertThat(rebuild.status().done()).isEqualTo(rebuild.status().total()).isPositive();
		assertThat(snapshot()).isEqualTo(before);
		mvc.perform(get("/admin/search/index").with(user(StaffFixtures.principal(context, "admin"))))
			.andExpect(content().string(containsString("已完成")))
			.andExpect(content().string(containsString("100%")));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> audit.recent(50, Long.MAX_VALUE)
				.stream()
				.anyMatch(entry -> entry.action().equals("SEARCH_INDEX_REBUILD") && entry.actor().equals("admin")));
	}

	/** Everything both audiences find for a few searches, every page, in a stable order (ties may fall differently). */
	private List<Object> snapshot() {
		IndexedVersions versions = index.versions();
		List<Object> snapshot = new java.util.ArrayList<>();
		snapshot.add(index.size());
		snapshot.add(java.util.Arrays.stream(versions.documentIds())
			.mapToObj(id -> id + "@" + versions.versionOf(id))
			.toList());
		for (String words : List.of("预算", "政务", "回应", "示例区某规〔2023〕1号", "工作", "")) {
			SearchQuery query = new SearchQuery(words, words.isEmpty() ? "demo-district" : null, null, null, null, null,
					null, 1);
			snapshot.add(everything(page -> search.publicly(query.onPage(page))));
			snapshot.add(everything(page -> search.forStaff(staff("admin"), query.onPage(page))));
		}
		return snapshot;
	}

	private static List<String> everything(java.util.function.IntFunction<SearchResults> pages) {
		List<String> hits = new java.util.ArrayList<>();
		for (int page = 1;; page++) {
			SearchResults results = pages.apply(page);
			results.hits().forEach(hit -> hits.add(hit.toString()));
			if (page >= results.pages()) {
				hits.add("total=" + results.total());
				return hits.stream().sorted().toList();
			}
		}
	}

}
