package org.gongkai.assistant;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.search.Search;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The published 办事指南 are found by the portal search (issue 17: 居住证 found nothing, the guides being only in the
 * assistant), each hit leading to the item's portal page; an item created, edited or unpublished is followed by the
 * index.
 */
@IntegrationTest
class ServiceGuidesInPortalSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Search search;

	@Autowired
	ServiceItems items;

	@Autowired
	AgencyAdministration agencies;

	@Test
	void theDemoPortalFinds居住证AndItsGuideIsAPage() throws Exception {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(urls("居住证"))
			.contains("/service-guides/demo-district/GA-JZZ-SL"));
		SearchHit hit = search.publicly(SearchQuery.of("居住证首次申领")).hits().get(0);
		assertThat(hit.title()).isEqualTo("居住证首次申领");
		assertThat(hit.columnName()).isEqualTo("办事指南");
		assertThat(hit.document()).as("not a document").isFalse();
		mvc.perform(get(hit.url())).andExpect(status().isOk()).andExpect(content().string(containsString("居住证首次申领")));
		mvc.perform(get("/search").param("q", "居住证"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/service-guides/demo-district/GA-JZZ-SL\"")));
	}

	@Test
	void anItemCreatedEditedAndUnpublishedIsFollowedByTheIndex() throws Exception {
		AgencyInfo agency = agencies.ensureChild("demo-district",
				new NewAgency("demo-guides-search", "示例区办事指南检索测试局", null, null, null));
		Staff editor = new Staff(-1, "guides-editor", agency.id(), agency.code(), agency.path(), Set.of(Role.EDITOR));
		items.save(editor, agency.code(), item("犬只登记（检索测试）", "携带犬只免疫证明"), true);
		String url = "/service-guides/demo-guides-search/SEARCH-TEST-1";
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(urls("犬只登记")).contains(url));
		mvc.perform(get(url)).andExpect(status().isOk());

		items.save(editor, agency.code(), item("犬只登记（检索测试）", "携带狂犬病疫苗接种证明"), true);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(urls("狂犬病疫苗接种证明")).contains(url));

		items.save(editor, agency.code(), item("犬只登记（检索测试）", "携带狂犬病疫苗接种证明"), false);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(urls("犬只登记")).doesNotContain(url));
		mvc.perform(get(url)).andExpect(status().isNotFound());
	}

	private List<String> urls(String words) {
		return search.publicly(SearchQuery.of(words)).hits().stream().map(SearchHit::url).toList();
	}

	private static ServiceItem item(String name, String material) {
		return new ServiceItem("SEARCH-TEST-1", name, "示例区办事指南检索测试局", "《示例条例》第五条", "本区居民饲养犬只的",
				List.of("居民身份证", material), "窗口受理，当场办结", "1个工作日", "不收费", "示例区人民路9号", "工作日9:00—17:00",
				"000-60580909", List.of());
	}

}
