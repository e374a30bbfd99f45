package org.gongkai.publishing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.NewAgency;
import org.gongkai.audit.AuditLog;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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

	@Autowired
	CatalogEditing editing;

	@Autowired
	DocumentDesk desk;

	@Autowired
	DocumentQueries queries;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditLog audit;

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

	@Test
	void anEditorMaintainsTheCatalogAndThePortalFollows() throws Exception {
		var editor = user(StaffFixtures.principal(context, "finance-editor"));
		mvc.perform(post("/admin/catalog").with(editor).with(csrf())
			.param("parent", "news")
			.param("code", "tax-notices")
			.param("name", "减税降费专栏")
			.param("freshness", "NOTICE_OR_POLICY")).andExpect(flash().attribute("saved", true));
		AgencyInfo finance = agencies.findByCode("demo-finance").orElseThrow();
		assertThat(catalog.of(finance.id())).filteredOn(column -> column.code().equals("tax-notices"))
			.singleElement()
			.satisfies(column -> {
				assertThat(column.depth()).isEqualTo(2);
				assertThat(column.freshness()).isEqualTo(Freshness.NOTICE_OR_POLICY);
				assertThat(column.standard()).isFalse();
			});
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> mvc.perform(get("/site/demo-finance/tax-notices/index.html"))
				.andExpect(content().string(containsString("减税降费专栏"))));

		mvc.perform(post("/admin/catalog/tax-notices").with(editor).with(csrf())
			.param("name", "减税降费")
			.param("freshness", "NEWS")).andExpect(flash().attribute("saved", true));
		mvc.perform(post("/admin/catalog").with(editor).with(csrf())
			.param("code", "Tax Notices")
			.param("name", "重复")
			.param("freshness", "NONE")).andExpect(flash().attribute("refusal", "publishing.column.code"));
		mvc.perform(post("/admin/catalog/budgets/remove").with(editor).with(csrf()))
			.andExpect(flash().attribute("refusal", "publishing.column.standard"));
		mvc.perform(post("/admin/catalog/tax-notices/remove").with(editor).with(csrf()))
			.andExpect(flash().attribute("saved", true));
		assertThat(catalog.of(finance.id())).extracting(CatalogColumn::code).doesNotContain("tax-notices");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(audit.recent(50, Long.MAX_VALUE))
				.filteredOn(entry -> entry.subject().equals("column:tax-notices"))
				.extracting(entry -> entry.action())
				.contains("COLUMN_ADDED", "COLUMN_CHANGED", "COLUMN_REMOVED"));
	}

	@Test
	void columnsMoveAmongTheirSiblingsAndAnotherAgencysCatalogIsOutOfReach() {
		var editor = StaffFixtures.principal(context, "finance-editor").staff();
		AgencyInfo finance = agencies.findByCode("demo-finance").orElseThrow();
		List<String> before = catalog.of(finance.id()).stream().map(CatalogColumn::code).toList();
		editing.move(editor, "demo-finance", "concerns", -1);
		List<String> after = catalog.of(finance.id()).stream().map(CatalogColumn::code).toList();
		int concerns = before.indexOf("concerns");
		assertThat(after.get(concerns - 1)).isEqualTo("concerns");
		assertThat(after.get(concerns)).isEqualTo(before.get(concerns - 1));
		editing.move(editor, "demo-finance", "concerns", 1);
		assertThat(catalog.of(finance.id()).stream().map(CatalogColumn::code).toList()).isEqualTo(before);

		assertThatThrownBy(() -> editing.add(editor, "demo-bureau", null, "intrusion", "越权栏目", Freshness.NONE))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
	}

	@Test
	void anAgencyChoosesThePatternOfItsIndexNumbers() {
		var admin = StaffFixtures.principal(context, "admin").staff();
		AgencyInfo hrss = agencies.findByCode("demo-hrss").orElseThrow();
		assertThatThrownBy(() -> editing.setIndexNumberPattern(admin, "demo-hrss", "{code}-{serial}"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("pattern"));
		editing.setIndexNumberPattern(admin, "demo-hrss", "{code}〔{year}〕{serial:4}");
		long id = desk.importPublished(hrss.id(), new Draft("news", "示例区人社局开展根治欠薪专项行动", "专项行动自即日起开展。",
				null, null, null, null, null, null, LocalDate.of(2026, 11, 2), null), LocalDate.of(2026, 11, 2));
		assertThat(queries.find(admin, id).indexNumber()).matches("demo-hrss〔2026〕\\d{4}");
		assertThat(editing.indexNumberPattern(admin, "demo-hrss")).isEqualTo("{code}〔{year}〕{serial:4}");
	}

}
