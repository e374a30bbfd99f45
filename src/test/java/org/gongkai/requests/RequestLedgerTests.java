package org.gongkai.requests;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyLevel;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.CreditCodes;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.web.LedgerModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The applications' ledger (issue 19): more than the 500 rows the worklist used to stop at, paged with a total,
 * filtered, sorted only by whitelisted keys, and exported with exactly the rows the query shows. The applications
 * are those of an agency of the test's own, registered once for the class.
 */
@IntegrationTest
class RequestLedgerTests {

	static final String AGENCY = "ledger-test-bureau";

	static final int COUNT = 503;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestLedger ledger;

	@Autowired
	RequestQueries queries;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	StaffPrincipal officer;

	LocalDate today;

	@BeforeEach
	void registerOnce() {
		today = LocalDate.now(Beijing.ZONE);
		agencies.ensureChild("demo-district", new NewAgency(AGENCY, "台账测试局", "demo-district",
				CreditCodes.of(AGENCY), AgencyLevel.BUREAU));
		accounts.ensure(new NewStaffAccount("ledger-officer", "台账专员", IntegrationTest.PASSWORD, AGENCY,
				Set.of(Role.OFFICER)));
		officer = StaffFixtures.principal(context, "ledger-officer");
		long registered = jdbc.sql("select count(*) from disclosure_request r join agency a on a.id = r.agency_id"
				+ " where a.code = :code").param("code", AGENCY).query(Long.class).single();
		for (long i = registered; i < COUNT; i++) {
			intake.register(officer.staff(), AGENCY, Channel.IN_PERSON, today.minusDays(i % 10),
					new Application(ApplicantType.NATURAL_PERSON, applicant(i), null, null, null, null,
							null, null, null, (i % 5 == 0 ? "关于台账规划的文件 " : "其他政府信息 ") + i, null,
							DeliveryMethod.IN_PERSON, false));
		}
	}

	/** Each application's own applicant, but the last one's, who is the first one's again. */
	private static String applicant(long i) {
		return "申请人%03d".formatted(i == COUNT - 1 ? 0 : i);
	}

	private long idOf(long i) {
		return jdbc.sql("select r.id from disclosure_request r join agency a on a.id = r.agency_id"
				+ " where a.code = :code order by r.id offset :i limit 1").param("code", AGENCY).param("i", i)
			.query(Long.class)
			.single();
	}

	@Test
	void theApiPagesTheSameLedgerWithItsTotal() throws Exception {
		mvc.perform(get("/api/v1/requests?filter=ALL&agency=" + AGENCY + "&size=200&page=3").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(COUNT))
			.andExpect(jsonPath("$.page").value(3))
			.andExpect(jsonPath("$.size").value(200))
			.andExpect(jsonPath("$.items.length()").value(COUNT - 400));
		mvc.perform(get("/api/v1/requests?status=NOT_A_STATUS").with(user(officer)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theSameApplicantsOtherApplicationIsFoundBeyondTheFirstFiveHundred() {
		// the first application is received today, so the latest due and the last of the most urgent first: the
		// 500-row worklist this list was once filtered from left it out
		assertThat(queries.sameApplicant(officer.staff(), idOf(COUNT - 1))).extracting(RequestQueries.WorkItem::id)
			.containsExactly(idOf(0));
	}

	private LedgerModel view(MockHttpServletRequestBuilder request) throws Exception {
		return (LedgerModel) mvc.perform(request.with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("ledger");
	}

	@Test
	void everyApplicationIsThereOnSomePageAndTheTotalCountsThemAll() throws Exception {
		LedgerModel first = view(get("/admin/requests").param("filter", "ALL").param("size", "200"));
		assertThat(first.page().total()).as("no longer stopped at 500").isEqualTo(COUNT);
		assertThat(first.page().pages()).isEqualTo(3);
		assertThat(first.page().items()).hasSize(200);
		LedgerModel last = view(get("/admin/requests").param("filter", "ALL").param("size", "200").param("page", "3"));
		assertThat(last.page().items()).hasSize(COUNT - 400);
		List<Long> ids = new ArrayList<>();
		for (int page = 1; page <= 3; page++) {
			view(get("/admin/requests").param("filter", "ALL").param("size", "200").param("page", "" + page))
				.page()
				.items()
				.forEach(item -> ids.add(((RequestQueries.WorkItem) item).id()));
		}
		assertThat(ids).as("pages neither overlap nor skip").doesNotHaveDuplicates().hasSize(COUNT);
	}

	@Test
	void theQueryFiltersByTextDatesStatusAndAgencyAndSortsByAWhitelistedColumn() throws Exception {
		LedgerPage<RequestQueries.WorkItem> planning = ledger.page(officer.staff(),
				new LedgerQuery(AGENCY, "RECEIVED", today.minusDays(4), today, "台账规划", null, "applicant", "asc",
						1, 500, "ALL"));
		// i % 5 == 0 and i % 10 in 0..4: i % 10 == 0
		long expected = java.util.stream.LongStream.range(0, COUNT).filter(i -> i % 10 == 0).count();
		assertThat(planning.total()).isEqualTo(expected);
		assertThat(planning.items()).extracting(RequestQueries.WorkItem::description)
			.allMatch(d -> d.startsWith("关于台账规划的文件"));
		assertThat(planning.items()).extracting(RequestQueries.WorkItem::applicantName).isSorted();
		LedgerPage<RequestQueries.WorkItem> descending = ledger.page(officer.staff(),
				new LedgerQuery(AGENCY, null, null, null, "台账规划", null, "applicant", "desc", 1, 10, "ALL"));
		assertThat(descending.items()).extracting(RequestQueries.WorkItem::applicantName)
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(ledger.page(officer.staff(),
				new LedgerQuery(AGENCY, "CLOSED", null, null, null, null, null, null, 1, 10, "ALL"))
			.total()).isZero();
		assertThat(ledger.page(officer.staff(),
				new LedgerQuery(AGENCY, null, null, null, "100%", null, null, null, 1, 10, "ALL"))
			.total()).as("a % in the text is a character, not a wildcard").isZero();
	}

	@Test
	void aSortKeyOrDirectionNotOnTheWhitelistIsRefused() throws Exception {
		mvc.perform(get("/admin/requests").param("filter", "ALL")
			.param("sort", "r.id; drop table disclosure_request")
			.with(user(officer))).andExpect(status().isBadRequest());
		mvc.perform(get("/admin/requests").param("filter", "ALL").param("sort", "applicant_name")
			.with(user(officer))).andExpect(status().isBadRequest());
		mvc.perform(get("/admin/requests").param("filter", "ALL").param("dir", "desc, (select 1)")
			.with(user(officer))).andExpect(status().isBadRequest());
		mvc.perform(get("/admin/requests/export").param("filter", "ALL").param("sort", "1")
			.with(user(officer))).andExpect(status().isBadRequest());
		mvc.perform(get("/admin/requests").param("agency", "demo-bureau-not-mine").with(user(officer)))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from disclosure_request").query(Long.class).single())
			.isGreaterThanOrEqualTo(COUNT);
	}

	@Test
	void theExportHoldsExactlyTheRowsOfTheQueryOnEveryPage() throws Exception {
		var response = mvc.perform(get("/admin/requests/export").param("filter", "ALL")
			.param("agency", AGENCY)
			.param("text", "台账规划")
			.param("sort", "trackingNumber")
			.param("dir", "asc")
			.param("page", "2")
			.param("size", "10")
			.with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse();
		List<String> exported = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("申请编号");
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					exported.add(row.getCell(0).getStringCellValue());
					assertThat(row.getCell(3).getStringCellValue()).startsWith("关于台账规划的文件");
				}
			}
		}
		List<String> shown = ledger
			.page(officer.staff(), new LedgerQuery(AGENCY, null, null, null, "台账规划", null, "trackingNumber", "asc",
					1, 500, "ALL"))
			.items()
			.stream()
			.map(RequestQueries.WorkItem::trackingNumber)
			.toList();
		assertThat(shown).hasSize(COUNT / 5 + 1);
		assertThat(exported).as("every page of the query, in its order").containsExactlyElementsOf(shown);
	}

}
