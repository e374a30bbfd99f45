package org.gongkai.annualreport;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestTable.Flow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The history import of annual-report.md §6 and the counting rules of §3 on hand-made records across year
 * boundaries: carried over in and out, R2(Y) = R4(Y−1), appeals pending at the year's end, documents abolished,
 * administrative statistics; all or nothing, every bad record named, idempotent by reference; 10,000 applications
 * in under 10 seconds.
 */
@IntegrationTest
class HistoryImportTests {

	static final String PASSWORD = "History-Officer-2026";

	static final String HISTORY = """
			{"requests": [
			  {"reference": "H1", "applicantType": "NATURAL_PERSON", "receivedOn": "2023-12-15", "closedOn": "2024-01-10", "outcome": "DISCLOSED"},
			  {"reference": "H2", "applicantType": "COMMERCIAL_ENTERPRISE", "receivedOn": "2024-03-01", "closedOn": "2024-03-20", "outcome": "PARTIALLY_DISCLOSED"},
			  {"reference": "H3", "applicantType": "LEGAL_SERVICE_AGENCY", "receivedOn": "2024-12-30", "closedOn": null, "outcome": null},
			  {"reference": "H4", "applicantType": "RESEARCH_INSTITUTION", "receivedOn": "2024-12-31", "closedOn": "2025-01-05", "outcome": "WITHHELD_THIRD_PARTY_RIGHTS"},
			  {"reference": "H5", "applicantType": "NATURAL_PERSON", "receivedOn": "2025-01-01", "closedOn": "2025-12-31", "outcome": "OTHER"},
			  {"reference": "H6", "applicantType": "NATURAL_PERSON", "receivedOn": "2025-12-31", "closedOn": "2026-01-02", "outcome": "NOT_PROCESSED_DUPLICATE"}],
			 "normativeDocuments": [
			  {"reference": "N1", "kind": "NORMATIVE_DOCUMENT", "title": "关于规范某事项的通知", "documentNumber": "示规〔2022〕1号", "issuedOn": "2022-05-01", "abolishedOn": "2024-06-30"},
			  {"reference": "N2", "kind": "NORMATIVE_DOCUMENT", "title": "关于加强某工作的意见", "documentNumber": "示规〔2024〕1号", "issuedOn": "2024-02-01", "abolishedOn": null},
			  {"reference": "N3", "kind": "RULE", "title": "某某管理办法", "documentNumber": "示政令〔2025〕1号", "issuedOn": "2025-03-01", "abolishedOn": null}],
			 "reconsiderations": [
			  {"reference": "C1", "filedOn": "2024-11-20", "decidedOn": "2025-01-15", "result": "CORRECTED"},
			  {"reference": "C2", "filedOn": "2025-02-01", "decidedOn": "2025-04-01", "result": "UPHELD"}],
			 "litigations": [
			  {"reference": "L1", "filedOn": "2025-05-05", "afterReconsideration": true, "decidedOn": null, "result": null},
			  {"reference": "L2", "filedOn": "2025-06-01", "afterReconsideration": false, "decidedOn": "2025-09-01", "result": "OTHER"}],
			 "administrativeStatistics": [
			  {"year": 2024, "licensing": 12, "penalty": 3, "enforcement": 0, "administrativeFeesWanYuan": "96171.6"},
			  {"year": 2025, "licensing": 15, "penalty": 2, "enforcement": 1, "administrativeFeesWanYuan": "59237.2449"}]}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	AnnualReports reports;

	@Autowired
	HistoryImport history;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	ApplicationContext context;

	private static boolean imported;

	@BeforeEach
	void history() throws Exception {
		if (!imported) {
			for (String code : List.of("history-bureau", "history-refused", "history-bulk")) {
				agencies.ensureChild("demo-district", new NewAgency(code, "示例区" + code, null, null, null));
				accounts.ensure(new NewStaffAccount(code + "-officer", "导入专员", PASSWORD, code, EnumSet.of(Role.OFFICER)));
			}
			importHistory("history-bureau", HISTORY).andExpect(status().isOk())
				.andExpect(jsonPath("$.added.requests").value(6))
				.andExpect(jsonPath("$.added.normativeDocuments").value(3))
				.andExpect(jsonPath("$.added.litigations").value(2));
			imported = true;
		}
	}

	@Test
	void countsAcrossTheYearBoundariesByTheRules() {
		ReportFigures y2024 = reports.draft(officer("history-bureau"), "history-bureau", 2024).figures();
		assertThat(y2024.requests().cells(Flow.RECEIVED)).containsExactly(0L, 1L, 1L, 0L, 1L, 0L, 3L);
		assertThat(y2024.requests().cells(Flow.CARRIED_OVER)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(y2024.requests().cells(Outcome.DISCLOSED)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(y2024.requests().cells(Outcome.PARTIALLY_DISCLOSED)).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L);
		assertThat(y2024.requests().cells(Flow.CLOSED)).containsExactly(1L, 1L, 0L, 0L, 0L, 0L, 2L);
		assertThat(y2024.requests().cells(Flow.CARRIED_FORWARD)).containsExactly(0L, 0L, 1L, 0L, 1L, 0L, 2L);
		ReportFigures y2025 = reports.draft(officer("history-bureau"), "history-bureau", 2025).figures();
		assertThat(y2025.requests().cells(Flow.CARRIED_OVER))
			.isEqualTo(y2024.requests().cells(Flow.CARRIED_FORWARD));
		assertThat(y2025.requests().cells(Flow.RECEIVED)).containsExactly(2L, 0L, 0L, 0L, 0L, 0L, 2L);
		assertThat(y2025.requests().cells(Outcome.WITHHELD_THIRD_PARTY_RIGHTS))
			.containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 1L);
		assertThat(y2025.requests().cells(Outcome.OTHER)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(y2025.requests().cells(Flow.CARRIED_FORWARD)).containsExactly(1L, 0L, 0L, 0L, 1L, 0L, 2L);

		assertThat(y2024.proactive().normativeDocuments()).isEqualTo(new ReportFigures.Counts(1, 1, 1));
		assertThat(y2025.proactive().normativeDocuments()).isEqualTo(new ReportFigures.Counts(0, 0, 1));
		assertThat(y2025.proactive().rules()).isEqualTo(new ReportFigures.Counts(1, 0, 1));
		assertThat(y2024.appeals().reconsideration()).isEqualTo(new ReportFigures.Group(0, 0, 0, 1, 1));
		assertThat(y2025.appeals().reconsideration()).isEqualTo(new ReportFigures.Group(1, 0, 0, 0, 1));
		assertThat(y2025.appeals().litigationDirect()).isEqualTo(new ReportFigures.Group(0, 0, 1, 0, 1));
		assertThat(y2025.appeals().litigationAfterReconsideration()).isEqualTo(new ReportFigures.Group(0, 0, 0, 1, 1));
		assertThat(y2025.proactive().licensing()).isEqualTo(15);
		assertThat(ReportTables.money(y2025.proactive().administrativeFeesWanYuan())).isEqualTo("59237.2449");
		assertThat(ReportTables.money(y2024.proactive().administrativeFeesWanYuan())).isEqualTo("96171.6");
	}

	@Test
	void theSameDocumentTwiceChangesNothing() throws Exception {
		ReportFigures before = reports.draft(officer("history-bureau"), "history-bureau", 2025).figures();
		importHistory("history-bureau", HISTORY).andExpect(status().isOk())
			.andExpect(jsonPath("$.added.requests").value(0))
			.andExpect(jsonPath("$.added.normativeDocuments").value(0))
			.andExpect(jsonPath("$.added.reconsiderations").value(0))
			.andExpect(jsonPath("$.added.litigations").value(0));
		ReportFigures after = reports.draft(officer("history-bureau"), "history-bureau", 2025).figures();
		assertThat(after.requests()).usingRecursiveComparison().isEqualTo(before.requests());
		assertThat(after.proactive()).isEqualTo(before.proactive());
		assertThat(after.appeals()).isEqualTo(before.appeals());
	}

	@Test
	void aDocumentWithBadRecordsIsRefusedWholeAndEachOneIsNamed() throws Exception {
		String bad = """
				{"requests": [
				  {"reference": "B1", "applicantType": "NATURAL_PERSON", "receivedOn": "2024-03-01", "closedOn": "2024-03-20", "outcome": "DISCLOSED"},
				  {"reference": "B2", "applicantType": "ALIEN", "receivedOn": "2024-03-01", "closedOn": null, "outcome": null},
				  {"reference": "B3", "applicantType": "NATURAL_PERSON", "receivedOn": "2024-03-01", "closedOn": "2024-03-02", "outcome": null},
				  {"reference": "B1", "applicantType": "NATURAL_PERSON", "receivedOn": "2024-13-01", "closedOn": null, "outcome": null}],
				 "normativeDocuments": [{"reference": "N9", "kind": "NORMATIVE_DOCUMENT", "title": "", "issuedOn": "2024-01-01"}],
				 "litigations": [{"reference": "L9", "filedOn": "2024-05-05", "afterReconsideration": false, "decidedOn": "2024-05-01", "result": "UPHELD"}],
				 "administrativeStatistics": [{"year": 2024, "licensing": 1, "penalty": 0, "enforcement": 0, "administrativeFeesWanYuan": "1.23456"}]}
				""";
		mvc.perform(post("/api/v1/agencies/history-refused/imports").with(httpBasic("history-refused-officer", PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(bad))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("6 records are wrong; nothing was imported."))
			.andExpect(jsonPath("$.errors.length()").value(6))
			.andExpect(jsonPath("$.errors[0].array").value("requests"))
			.andExpect(jsonPath("$.errors[0].index").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("applicantType"))
			.andExpect(jsonPath("$.errors[0].message").value("“ALIEN” is not recognised."))
			.andExpect(jsonPath("$.errors[1].index").value(2))
			.andExpect(jsonPath("$.errors[1].field").value("outcome"))
			.andExpect(jsonPath("$.errors[2].index").value(3))
			.andExpect(jsonPath("$.errors[2].field").value("reference"))
			.andExpect(jsonPath("$.errors[3].array").value("normativeDocuments"))
			.andExpect(jsonPath("$.errors[3].field").value("title"))
			.andExpect(jsonPath("$.errors[4].array").value("litigations"))
			.andExpect(jsonPath("$.errors[4].field").value("decidedOn"))
			.andExpect(jsonPath("$.errors[5].array").value("administrativeStatistics"))
			.andExpect(jsonPath("$.errors[5].field").value("feesWanYuan"));
		ReportFigures figures = reports.draft(officer("history-refused"), "history-refused", 2024).figures();
		assertThat(figures.requestsReceived()).isZero();
		assertThat(figures.proactive().licensing()).isZero();
		assertThat(figures.appeals().litigationDirect().total()).isZero();
	}

	@Test
	void anotherAgencysOfficerCannotImportOrRead() throws Exception {
		importHistory("history-bureau", HISTORY, "history-bulk-officer").andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/agencies/history-bureau/annual-reports/2025")
			.with(httpBasic("history-bulk-officer", PASSWORD))).andExpect(status().isNotFound());
	}

	@Test
	void theJsonOfTheReportHasEveryRowAndTheChecks() throws Exception {
		mvc.perform(get("/api/v1/agencies/history-bureau/annual-reports/2025")
			.with(httpBasic("history-bureau-officer", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.format").value("GB-2021"))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.requests.columns[6]").value("TOTAL"))
			.andExpect(jsonPath("$.requests.rows.length()").value(25))
			.andExpect(jsonPath("$.requests.rows['R2']").value(org.hamcrest.Matchers.contains(0, 0, 1, 0, 1, 0, 2)))
			.andExpect(jsonPath("$.proactive.administrativeFeesWanYuan").value("59237.2449"))
			.andExpect(jsonPath("$.proactive.rules.inForce").value(1))
			.andExpect(jsonPath("$.appeals.litigationAfterReconsideration.pending").value(1))
			.andExpect(jsonPath("$.checks[0].rule").value("BALANCE"))
			.andExpect(jsonPath("$.checks[0].severity").value("ERROR"))
			.andExpect(jsonPath("$.checks[0].ok").value(true));
	}

	@Test
	void tenThousandApplicationsImportInUnderTenSeconds() {
		List<HistoryDocument.Request> requests = new ArrayList<>();
		String[] types = { "NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "LEGAL_SERVICE_AGENCY" };
		for (int i = 0; i < 10_000; i++) {
			String received = "2024-" + String.format("%02d-%02d", 1 + i % 12, 1 + i % 28);
			boolean open = i % 50 == 0;
			requests.add(new HistoryDocument.Request("BULK-" + i, types[i % 3], received,
					open ? null : received.replace("2024-", "2025-"), open ? null : "DISCLOSED"));
		}
		long start = System.nanoTime();
		HistoryDocument.Added added = history.apply(officer("history-bulk"), "history-bulk",
				new HistoryDocument(requests, null, null, null, null));
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("History import: 10,000 applications in %d ms%n", millis);
		assertThat(added.requests()).isEqualTo(10_000);
		assertThat(millis).isLessThan(10_000);
		ReportFigures y2024 = reports.draft(officer("history-bulk"), "history-bulk", 2024).figures();
		ReportFigures y2025 = reports.draft(officer("history-bulk"), "history-bulk", 2025).figures();
		assertThat(y2024.requestsReceived()).isEqualTo(10_000);
		assertThat(y2024.requests().total(Flow.CARRIED_FORWARD)).isEqualTo(10_000);
		assertThat(y2025.requests().total(Outcome.DISCLOSED)).isEqualTo(9_800);
		assertThat(y2025.requests().total(Flow.CARRIED_FORWARD)).isEqualTo(200);
	}

	private org.springframework.test.web.servlet.ResultActions importHistory(String agency, String body)
			throws Exception {
		return importHistory(agency, body, agency + "-officer");
	}

	private org.springframework.test.web.servlet.ResultActions importHistory(String agency, String body, String user)
			throws Exception {
		return mvc.perform(post("/api/v1/agencies/" + agency + "/imports").with(httpBasic(user, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private Staff officer(String agency) {
		return StaffFixtures.principal(context, agency + "-officer").staff();
	}

}
