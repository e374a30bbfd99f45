package org.gongkai.admin;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.interaction.FindingStatus;
import org.gongkai.interaction.FindingView;
import org.gongkai.interaction.Inspections;
import org.gongkai.publishing.DocumentCommand;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.publishing.DocumentQueries;
import org.gongkai.publishing.Draft;
import org.gongkai.requests.RequestQueries;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 18, part 4: each demo staff member's dashboard has the sections of their roles, each item linking to its
 * page, with what the owning module's public queries say is there; no section of another role.
 */
@IntegrationTest
class RoleDashboardsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	DocumentDesk desk;

	@Autowired
	RequestQueries requests;

	@Autowired
	DocumentQueries documents;

	@Autowired
	Inspections inspections;

	private Staff staff(String username) {
		return StaffFixtures.principal(context, username).staff();
	}

	private Document dashboard(String username) throws Exception {
		String html = mvc.perform(get("/admin").with(user(StaffFixtures.principal(context, username))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private static List<String> sections(Document page) {
		return page.select("section.dashboard-section").stream().map(Element::id).toList();
	}

	private static List<String> links(Document page, String section) {
		return page.select("#" + section + " .dashboard-items a").stream().map(a -> a.attr("href")).toList();
	}

	private long draft(Staff editor, String title) {
		return desk.create(editor, "demo-bureau", new Draft("news", title, title + "的正文。", null, null, null, null, null,
				null, LocalDate.of(2026, 11, 30), null));
	}

	@Test
	void theEditorSeesDraftsSentBackAndWaitingForReviewAndNoRequestFigures() throws Exception {
		Staff editor = staff("editor");
		long mine = draft(editor, "仪表盘测试：编辑的草稿");
		long sentBack = draft(editor, "仪表盘测试：被退回的信息");
		desk.review(editor, sentBack, new DocumentCommand.Submit());
		desk.review(staff("reviewer"), sentBack, new DocumentCommand.Reject("请补充发布依据。"));
		long waiting = draft(editor, "仪表盘测试：等待审核的信息");
		desk.review(editor, waiting, new DocumentCommand.Submit());

		Document page = dashboard("editor");
		assertThat(sections(page)).containsExactly("sent-back", "my-drafts", "waiting-for-review");
		assertThat(page.select("#sent-back-notice").text()).contains("被审核人退回修改");
		assertThat(links(page, "sent-back")).contains("/admin/documents/" + sentBack);
		assertThat(page.select("#sent-back").text()).contains("仪表盘测试：被退回的信息", "退回意见：请补充发布依据。");
		assertThat(links(page, "my-drafts")).contains("/admin/documents/" + mine)
			.doesNotContain("/admin/documents/" + sentBack);
		assertThat(links(page, "waiting-for-review")).contains("/admin/documents/" + waiting);
		assertThat(page.select(".card h2").text()).as("no request counts, no user count")
			.doesNotContain("依申请公开", "用户", "机构");
		assertThat(page.select("header").text()).contains("张编辑（示例区某局）");
	}

	@Test
	void theDemoPutsADraftASendBackAndACorrectionOnTheDesks() {
		var editorDesk = documents.desk(staff("editor"), 500);
		assertThat(editorDesk.drafts()).extracting(DocumentQueries.Line::title).contains("示例区某局开展冬季安全生产大检查");
		assertThat(editorDesk.sentBack()).extracting(DocumentQueries.Line::title).contains("示例区某局召开政务公开工作推进会");
		assertThat(editorDesk.waiting()).filteredOn(line -> line.title().equals("示例区某局关于政务服务大厅调整服务时间的通知"))
			.singleElement()
			.satisfies(line -> assertThat(line.statusKey()).isEqualTo("documents.status.correction.SUBMITTED"));
		assertThat(documents.desk(staff("reviewer"), 500).toReview()).extracting(DocumentQueries.Line::title)
			.contains("示例区某局关于政务服务大厅调整服务时间的通知", "关于张某反映低保待遇问题的回应");
	}

	@Test
	void theReviewerSeesWhatWaitsForThemAndTheDemoFillsIt() throws Exception {
		long submitted = draft(staff("editor"), "仪表盘测试：待审核");
		desk.review(staff("editor"), submitted, new DocumentCommand.Submit());
		Document page = dashboard("reviewer");
		assertThat(sections(page)).containsExactly("to-review");
		assertThat(links(page, "to-review")).first().isEqualTo("/admin/documents/" + submitted);
		assertThat(page.select("#to-review").text()).contains("仪表盘测试：待审核", "待审核");
	}

	@Test
	void theOfficerSeesApplicationsToConfirmDueSoonAndOverdue() throws Exception {
		Document page = dashboard("officer");
		assertThat(sections(page)).containsExactly("to-confirm", "due-soon", "overdue");
		assertThat(links(page, "to-confirm")).as("the first lines of the worklist page with the same query")
			.containsExactlyElementsOf(worklistPage("officer", "filter=OPEN&status=SUBMITTED"));
		assertThat(links(page, "due-soon")).containsExactlyElementsOf(worklistPage("officer", "filter=DUE_SOON"));
		assertThat(links(page, "overdue")).containsExactlyElementsOf(worklistPage("officer", "filter=OVERDUE"));
		assertThat(links(page, "to-confirm")).as("the demo's online application").isNotEmpty();
		assertThat(page.select("#overdue li.urgent")).hasSize(links(page, "overdue").size());
	}

	@Test
	void theLeaderSeesTheOverdueApplicationsOfTheirAgencyAndTheirReviews() throws Exception {
		Document page = dashboard("leader");
		assertThat(sections(page)).containsExactly("to-review", "overdue-in-agency");
		assertThat(links(page, "overdue-in-agency")).isNotEmpty()
			.containsExactlyElementsOf(worklistPage("leader", "filter=OVERDUE&agency=demo-bureau"));
	}

	@Test
	void theSupervisorSeesLateAgenciesUnpublishedReportsAndOpenFindings() throws Exception {
		Staff supervisor = staff("supervisor");
		Document page = dashboard("supervisor");
		assertThat(sections(page)).containsExactly("agencies-late", "reports-unpublished", "findings-open");
		int year = LocalDate.now().getYear() - 1;
		assertThat(links(page, "reports-unpublished")).as("the other bureaus have not published")
			.isNotEmpty()
			.allMatch(href -> href.startsWith("/admin/annual-reports/" + year + "?agency="))
			.doesNotContain("/admin/annual-reports/" + year + "?agency=demo-bureau");
		List<String> open = inspections.list(supervisor)
			.stream()
			.filter(finding -> finding.status() != FindingStatus.CLOSED)
			.limit(8)
			.map(FindingView::id)
			.map(id -> "/admin/interaction/findings/" + id)
			.toList();
		assertThat(links(page, "findings-open")).isNotEmpty().containsExactlyElementsOf(open);
		long lateAgencies = requests.countsByAgency(supervisor).stream().filter(c -> c.overdue() > 0).count();
		assertThat(links(page, "agencies-late")).hasSize((int) Math.min(8, lateAgencies));
	}

	@Test
	void theAdministratorSeesCalendarUsersAndHealth() throws Exception {
		Document page = dashboard("admin");
		assertThat(sections(page)).containsExactly("administration");
		assertThat(links(page, "administration")).hasSize(3)
			.anyMatch(href -> href.startsWith("/admin/calendar"))
			.contains("/admin/users", "/actuator/health");
		assertThat(page.select("#administration").text()).contains("工作人员账户", "系统健康状态");
	}

	/** The first eight applications the back office's worklist page lists for the query, as links. */
	private List<String> worklistPage(String username, String query) throws Exception {
		String html = mvc.perform(get("/admin/requests?" + query).with(user(StaffFixtures.principal(context, username))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html)
			.select("tbody tr td:first-child a")
			.stream()
			.limit(8)
			.map(a -> a.attr("href"))
			.toList();
	}

}
