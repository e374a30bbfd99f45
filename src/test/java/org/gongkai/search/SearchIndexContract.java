package org.gongkai.search;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.gongkai.publishing.Validity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link SearchIndex} does, whatever the engine, on real titles and numbers: matching, ranking, filters,
 * scoping, snippets, suggestions, replacement, restarts and generations. Each engine's tests extend this and say how
 * their index is opened, closed and where its generations are.
 */
abstract class SearchIndexContract {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.ofHours(8)), ZoneOffset.UTC);

	SearchIndex index;

	/** An index on this test's storage: empty at first, the same storage when opened again. */
	abstract SearchIndex open();

	/** Lets go of an index (a restart, or the end of a test). */
	abstract void close(SearchIndex index);

	/** How many generations of the index exist, live or not. */
	abstract long generations() throws Exception;

	@BeforeEach
	void openIndex() {
		index = open();
	}

	@AfterEach
	void closeIndex() {
		close(index);
	}

	/** Closes the index and opens it again on the same storage, as a restart does. */
	void restart() {
		close(index);
		index = open();
	}

	void add(Entries... entries) {
		List<IndexEntry> all = Arrays.stream(entries).map(Entries::entry).toList();
		index.replace(all.stream().map(IndexEntry::documentId).distinct().toList(), all);
	}

	SearchResults find(String text) {
		return index.search(SearchQuery.of(text), Audience.PUBLIC, TODAY);
	}

	List<Long> ids(SearchResults results) {
		return results.hits().stream().map(SearchHit::documentId).toList();
	}

	@Test
	void wordsOfATitleFindItAndTheTitleIsHighlighted() {
		add(Entries.live(1).title("国务院办公厅关于印发2025年政务公开工作要点的通知"),
				Entries.live(2).title("示例区某局开展安全生产大检查"));
		SearchResults results = find("政务公开 要点");
		assertThat(ids(results)).containsExactly(1L);
		assertThat(results.total()).isEqualTo(1);
		assertThat(results.hits().get(0).titleHtml()).contains("<mark>政务公开</mark>", "<mark>要点</mark>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "鄂州华容政规〔2025〕1号", "华容政规 2025 1", "鄂州华容政规[2025]第01号", "华容政规〔2025〕1号",
			"鄂州华容政规（2025）1号" })
	@DisplayName("a document number is found as typed, in parts, or with the brackets and zeros readers use")
	void documentNumbersAreFoundFirst(String typed) {
		add(Entries.live(1).title("关于进一步规范行政规范性文件管理的通知").number("鄂州华容政规〔2025〕1号"),
				Entries.live(2).title("关于加强城乡环境卫生管理的通知").number("鄂州华容政规〔2025〕11号"),
				Entries.live(3).title("关于做好2024年度防汛工作的通知").number("鄂州华容政规〔2024〕1号"),
				Entries.live(4).title("华容区2025年1号文件学习情况").body("华容政规相关文件学习。"));
		assertThat(ids(find(typed)).get(0)).isEqualTo(1L);
	}

	@Test
	void indexNumbersAreFoundWholeOrByTheirSerial() {
		add(Entries.live(12), Entries.live(13));
		assertThat(ids(find("11429900MB0000101T/2025-00012"))).first().isEqualTo(12L);
		assertThat(ids(find("2025-00013"))).first().isEqualTo(13L);
	}

	@Test
	void aTitleMatchRanksAboveABodyMatchAndRecentAboveOld() {
		add(Entries.live(1).title("关于群众反映问题的答复").body("本次优化营商环境座谈会邀请企业代表参加。"),
				Entries.live(2).title("示例区召开优化营商环境座谈会").body("会议听取了意见。"),
				Entries.live(3).title("示例区召开优化营商环境座谈会").body("会议听取了意见。").on(LocalDate.of(2019, 6, 1)));
		assertThat(ids(find("优化营商环境"))).containsExactly(2L, 3L, 1L);
	}

	@Test
	void filtersNarrowByAgencyWithItsSubAgenciesColumnYearValidityAndType() {
		add(Entries.live(1).title("关于规范政务信息发布的规定").genre("规定").column("normative-documents"),
				Entries.live(2).title("关于规范政务信息发布的通知").agency("demo-finance", "demo-district").genre("通知"),
				Entries.live(3).title("关于规范政务信息发布的意见").on(LocalDate.of(2023, 3, 1)).validity(Validity.ABOLISHED));
		assertThat(ids(filtered("demo-district", null, null, null, null))).containsExactlyInAnyOrder(1L, 2L, 3L);
		assertThat(ids(filtered("demo-bureau", null, null, null, null))).containsExactlyInAnyOrder(1L, 3L);
		assertThat(ids(filtered(null, "normative-documents", null, null, null))).containsExactly(1L);
		assertThat(ids(filtered(null, null, 2023, null, null))).containsExactly(3L);
		assertThat(ids(filtered(null, null, null, Validity.VALID, null))).containsExactlyInAnyOrder(1L, 2L);
		assertThat(ids(filtered(null, null, null, null, "通知"))).containsExactly(2L);
	}

	SearchResults filtered(String agency, String column, Integer year, Validity validity, String genre) {
		return index.search(new SearchQuery("规范", agency, column, year, validity, genre, null, 1), Audience.PUBLIC,
				TODAY);
	}

	@Test
	@DisplayName("the public find live versions only; staff find every version of their agency's subtree only")
	void audiencesSeeWhatTheyMay() {
		add(Entries.live(1).title("低保政策问答"), Entries.draft(2).title("低保待遇调整的回应（草稿）"),
				Entries.draft(3).title("低保资金使用情况（草稿）").agency("demo-finance", "demo-district"));
		assertThat(ids(find("低保"))).containsExactly(1L);
		assertThat(ids(index.search(SearchQuery.of("低保"), new Audience("demo-bureau", true), TODAY)))
			.containsExactlyInAnyOrder(1L, 2L);
		assertThat(ids(index.search(SearchQuery.of("低保"), new Audience("demo-district", true), TODAY)))
			.containsExactlyInAnyOrder(1L, 2L, 3L);
		assertThat(ids(index.search(new SearchQuery("低保", "demo-bureau", null, null, null, null, null, 1),
				new Audience("demo-finance", true), TODAY))).isEmpty();
	}

	@Test
	void snippetsMarkMatchesAndEscapeEverythingElse() {
		add(Entries.live(1).title("关于<b>网站</b>改版的说明 & 公告")
			.body("为方便群众查询，<script>alert('x')</script>网站已完成改版。政务公开栏目保持不变。"));
		SearchHit hit = find("改版").hits().get(0);
		assertThat(hit.snippet()).contains("<mark>改版</mark>", "&lt;script&gt;").doesNotContain("<script>");
		assertThat(hit.titleHtml()).contains("&lt;b&gt;", "&amp;", "<mark>改版</mark>").doesNotContain("<b>");
		SearchHit unmatchedBody = find("公告").hits().get(0);
		assertThat(unmatchedBody.snippet()).startsWith("为方便群众查询").contains("&lt;script&gt;");
	}

	@Test
	void attachmentsAreSearchedWhenAnEntryCarriesThem() {
		add(Entries.live(1).title("2025年部门预算公开").body("详见附件。").attachment("预算表.xlsx", "一般公共预算拨款收入 1200 万元"));
		SearchHit hit = find("拨款收入").hits().get(0);
		assertThat(hit.snippet()).contains("<mark>拨款收入</mark>");
	}

	@Test
	@DisplayName("did you mean: a near miss in titles is suggested when nothing matches")
	void nearMissesInTitlesAreSuggested() {
		add(Entries.live(1).title("示例区某局开展“政务公开日”开放活动"), Entries.live(2).title("示例区某局召开优化营商环境座谈会"));
		SearchResults results = find("政务公幵日");
		assertThat(results.total()).isZero();
		assertThat(results.suggestion()).isEqualTo("政务公开日");
		assertThat(find("营商坏境 座谈会").suggestion()).isEqualTo("营商环境 座谈会");
		assertThat(find("政务公开").suggestion()).isNull();
	}

	@Test
	@DisplayName("partial matches: when few documents have every word, those with most of them follow, complete ones first")
	void documentsWithMostOfTheWordsFollowThoseWithAll() {
		add(Entries.live(1).title("示例区2025年区级财政预算及执行情况").body("区级一般公共预算收入情况。"),
				Entries.live(2).title("示例区某局2025年部门预算公开").body("部门预算说明。").on(LocalDate.of(2024, 1, 1)),
				Entries.live(3).title("示例区召开优化营商环境座谈会").body("会议听取了意见。"),
				Entries.live(4).title("关于财政资金使用的说明").body("无。"));
		SearchResults results = find("财政预算公开");
		assertThat(ids(results)).as("2 of 3 words suffice; nobody has all three").containsExactlyInAnyOrder(1L, 2L);
		assertThat(results.complete()).isZero();
		assertThat(results.partial()).isTrue();
		assertThat(results.hits().get(0).titleHtml()).doesNotContain("<em>").contains("<mark>");

		add(Entries.live(5).title("示例区财政预算公开目录").on(LocalDate.of(2019, 1, 1)));
		SearchResults withComplete = find("财政预算公开");
		assertThat(ids(withComplete)).as("the one with every word first, even old").startsWith(5L)
			.containsExactlyInAnyOrder(5L, 1L, 2L);
		assertThat(withComplete.complete()).isEqualTo(1);
		assertThat(withComplete.total()).isEqualTo(3);
		assertThat(ids(find("财政预算公开 座谈会"))).as("a share of words, not any word").doesNotContain(3L, 4L);
	}

	@Test
	@DisplayName("a page of complete matches shows no partial ones")
	void partialMatchesOnlyWhenCompleteOnesAreFewerThanAPage() {
		for (int i = 1; i <= 12; i++) {
			add(Entries.live(i).title("第" + i + "期财政预算公开简报"));
		}
		add(Entries.live(20).title("财政预算执行情况"));
		SearchResults results = find("财政预算公开");
		assertThat(results.total()).isEqualTo(12);
		assertThat(results.partial()).isFalse();
	}

	@Test
	@DisplayName("synonyms and abbreviations: 年报 finds 年度报告, 低保 finds 最低生活保障, and the other way round")
	void synonymsFindEachOther() {
		add(Entries.live(1).title("示例区2025年政府信息公开工作年度报告"), Entries.live(2).title("最低生活保障标准调整的通知"),
				Entries.live(3).title("低保对象公示"));
		Synonyms synonyms = new Synonyms(List.of(List.of("年报", "年度报告"), List.of("低保", "最低生活保障")));
		assertThat(ids(find("年报"))).isEmpty();
		SearchResults annual = index.search(SearchQuery.of("2025 年报"), Audience.PUBLIC, TODAY, synonyms);
		assertThat(ids(annual)).containsExactly(1L);
		assertThat(annual.hits().get(0).titleHtml()).contains("<mark>");
		assertThat(ids(index.search(SearchQuery.of("低保"), Audience.PUBLIC, TODAY, synonyms)))
			.containsExactlyInAnyOrder(2L, 3L);
		assertThat(ids(index.search(SearchQuery.of("最低生活保障"), Audience.PUBLIC, TODAY, synonyms)))
			.containsExactlyInAnyOrder(2L, 3L);
	}

	@Test
	@DisplayName("did you mean offers whole words of a title, never a fragment such as 财政预算及")
	void suggestionsAreWholeWords() {
		add(Entries.live(1).title("示例区2025年区级财政预算及执行情况"));
		SearchResults results = find("财政预算公开");
		assertThat(results.complete()).isZero();
		assertThat(results.suggestion()).isEqualTo("财政预算");
		assertThat(TitleSuggestions.stretches("示例区2025年区级财政预算及执行情况", 6)).contains("财政预算", "区级财政预算")
			.doesNotContain("财政预算及", "政预算及执", "及执行情况");
	}

	@ParameterizedTest
	@ValueSource(strings = { "(((", "\"", "〔〕", "*:*", "AND OR NOT", "\\", "“未闭合", "title:政务", "??", "-", "。。。" })
	void oddInputFindsNothingOrSomethingButNeverFails(String typed) {
		add(Entries.live(1));
		assertThat(find(typed).hits()).hasSizeLessThanOrEqualTo(1);
	}

	@Test
	void quotedPhrasesMatchWhole() {
		add(Entries.live(1).title("政务服务事项公开"), Entries.live(2).title("公开政务服务事项"));
		assertThat(ids(find("\"政务服务事项公开\""))).containsExactly(1L);
		assertThat(ids(find("政务服务事项公开"))).containsExactlyInAnyOrder(1L, 2L);
	}

	@Test
	void newestFirstAndPages() {
		for (int i = 1; i <= 25; i++) {
			add(Entries.live(i).title("第" + i + "期工作简报").on(LocalDate.of(2025, 1, 1).plusDays(i)));
		}
		SearchResults second = index.search(new SearchQuery("工作简报", null, null, null, null, null,
				SearchQuery.Order.DATE, 2), Audience.PUBLIC, TODAY);
		assertThat(second.total()).isEqualTo(25);
		assertThat(second.pages()).isEqualTo(3);
		assertThat(ids(second)).containsExactly(15L, 14L, 13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L);
		SearchResults filtersOnly = index.search(new SearchQuery("", "demo-bureau", null, 2025, null, null, null, 1),
				Audience.PUBLIC, TODAY);
		assertThat(ids(filtersOnly)).first().isEqualTo(25L);
	}

	@Test
	void withdrawalRemovesAndANewVersionReplaces() {
		add(Entries.live(1).title("旧标题：垃圾分类工作方案"));
		add(Entries.live(1).title("新标题：生活垃圾分类实施方案"));
		assertThat(ids(find("旧标题"))).isEmpty();
		assertThat(ids(find("实施方案"))).containsExactly(1L);
		index.replace(List.of(1L), List.of());
		assertThat(ids(find("垃圾分类"))).isEmpty();
		assertThat(index.size()).isZero();
	}

	@Test
	void theIndexSurvivesARestart() {
		add(Entries.live(1).title("政府信息公开工作年度报告"));
		restart();
		assertThat(ids(find("年度报告"))).containsExactly(1L);
		assertThat(index.versions().versionOf(1)).isEqualTo(1);
		assertThat(index.size()).isEqualTo(1);
	}

	@Test
	void aNewGenerationServesOnlyOncePublishedAndTheOldOneGoes() throws Exception {
		add(Entries.live(1).title("旧索引中的信息"));
		try (SearchIndex.Generation generation = index.newGeneration()) {
			generation.add(List.of(Entries.live(2).title("新索引中的信息").entry()));
			generation.replace(List.of(3L), List.of(Entries.live(3).title("重建期间发布的信息").entry()));
			assertThat(generation.versions().documents()).isEqualTo(2);
			assertThat(ids(find("信息"))).containsExactly(1L);
			generation.publish();
		}
		assertThat(ids(find("信息"))).containsExactlyInAnyOrder(2L, 3L);
		assertThat(index.versions().versionOf(1)).isEqualTo(IndexedVersions.ABSENT);
		assertThat(generations()).isEqualTo(1);
		add(Entries.live(4).title("重建之后发布的信息"));
		assertThat(ids(find("信息"))).containsExactlyInAnyOrder(2L, 3L, 4L);
	}

	@Test
	void aGenerationClosedUnpublishedGoesAndTheLiveOneStays() throws Exception {
		add(Entries.live(1).title("现行索引中的信息"));
		try (SearchIndex.Generation generation = index.newGeneration()) {
			generation.add(List.of(Entries.live(2).title("未完成的重建").entry()));
		}
		assertThat(ids(find("信息"))).containsExactly(1L);
		assertThat(generations()).isEqualTo(1);
	}

}
