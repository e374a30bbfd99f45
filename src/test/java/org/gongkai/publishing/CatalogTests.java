package org.gongkai.publishing;

import java.time.Duration;
import java.util.List;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.NewAgency;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** Every agency has the standard catalog of OGI art. 12 and 20, from the day it joins the tree. */
@IntegrationTest
class CatalogTests {

	@Autowired
	Catalog catalog;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	AgencyAdministration administration;

	@Autowired
	MockMvc mvc;

	@Test
	void theDemoBureauHasTheStandardTree() {
		List<CatalogColumn> columns = catalog.of(agencies.findByCode("demo-bureau").orElseThrow().id());
		assertThat(columns).extracting(CatalogColumn::name)
			.startsWith("政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "机构职能", "政策文件", "规章", "行政规范性文件", "其他文件")
			.contains("财政预决算", "建议提案办理", "工作动态", "回应关切")
			.endsWith("政府信息公开年报", "依申请公开");
		assertThat(columns).filteredOn(column -> column.code().equals("normative-documents"))
			.extracting(CatalogColumn::depth)
			.containsExactly(2);
		assertThat(columns).filteredOn(column -> column.code().equals("news"))
			.extracting(CatalogColumn::freshness)
			.containsExactly(Freshness.NEWS);
	}

	@Test
	void aNewAgencyGetsItsCatalog() {
		AgencyInfo agency = administration.ensureChild("demo-district",
				new NewAgency("demo-catalog", "示例区目录测试局", null, null, null));
		await().atMost(Duration.ofSeconds(10)).until(() -> catalog.of(agency.id()).size() == 19);
		catalog.ensureFor(agency.id());
		assertThat(catalog.of(agency.id())).as("created once only").hasSize(19);
	}

	@Test
	void thePortalShowsTheCatalog() throws Exception {
		mvc.perform(get("/agencies/demo-bureau"))
			.andExpect(content().string(containsString("政府信息公开目录")))
			.andExpect(content().string(containsString("行政规范性文件")));
	}

}
