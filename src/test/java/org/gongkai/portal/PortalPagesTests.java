package org.gongkai.portal;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public portal shell on the demo: the agency tree, the site identity, languages and large text. */
@IntegrationTest
class PortalPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.gongkai.publishing.DocumentQueries documents;

	@Test
	void theHomePageShowsTheDemoDistrictAndItsBureaus() throws Exception {
		// the newest publication of any agency (other tests of the shared context publish too)
		String newest = documents.latest(1).get(0).title();
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("示例区人民政府 政府信息公开")))
			.andExpect(content().string(containsString("示例区某局")))
			.andExpect(content().string(containsString("主办单位：示例区人民政府")))
			.andExpect(content().string(containsString("最新公开")))
			.andExpect(content().string(containsString(newest)))
			.andExpect(content().string(containsString("lang=\"zh-CN\"")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
	}

	@Test
	void englishIsTheSecondLanguage() throws Exception {
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(content().string(containsString("Skip to main content")))
			.andExpect(content().string(containsString("lang=\"en\"")));
	}

	@Test
	void largeTextIsRememberedAndWorksWithoutJavaScript() throws Exception {
		mvc.perform(get("/text-size").param("large", "true").param("back", "/agencies/demo-bureau"))
			.andExpect(redirectedUrl("/agencies/demo-bureau"))
			.andExpect(cookie().value("gongkai-large-text", "1"));
		mvc.perform(get("/text-size").param("large", "true").param("back", "https://evil.example"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/").cookie(new jakarta.servlet.http.Cookie("gongkai-large-text", "1")))
			.andExpect(content().string(containsString("class=\"large-text\"")));
	}

	@Test
	void anUnknownAgencyIsAReadable404() throws Exception {
		mvc.perform(get("/agencies/no-such-agency"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("找不到机构")));
	}

	@Test
	void theFooterShowsNoPlaceholderForWhatIsNotConfigured() throws Exception {
		mvc.perform(get("/"))
			.andExpect(content().string(not(containsString("请在 gongkai"))))
			.andExpect(content().string(not(containsString("000-00000000"))))
			.andExpect(content().string(not(containsString("网站标识码"))))
			.andExpect(content().string(containsString("href=\"/sitemap\"")))
			.andExpect(content().string(containsString("href=\"/favicon.ico\"")));
	}

	@Test
	void searchEnginesFindRobotsTheSitemapIndexAndTheIcon() throws Exception {
		mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Disallow: /admin/")))
			.andExpect(content().string(containsString("Sitemap: http://localhost:8080/sitemap.xml")));
		mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<sitemapindex")))
			.andExpect(content().string(containsString("/site/demo-bureau/sitemap.xml")));
		mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
	}

	@Test
	void theSiteMapListsEveryAgencyWithItsCatalog() throws Exception {
		mvc.perform(get("/sitemap"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("网站地图")))
			.andExpect(content().string(containsString("示例区某局")))
			.andExpect(content().string(containsString("/site/demo-bureau/guide/index.html")))
			.andExpect(content().string(containsString("/site/demo-district/annual-reports/index.html")));
	}

}
