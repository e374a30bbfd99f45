package org.gongkai.platform;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.IntegrationTest;
import org.gongkai.appeals.AppealLedger;
import org.gongkai.assistant.AssistantQueries;
import org.gongkai.assistant.ServiceGuide;
import org.gongkai.identity.StaffAccount;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.interaction.ConsultationView;
import org.gongkai.interaction.FindingView;
import org.gongkai.interaction.ProposalView;
import org.gongkai.platform.web.Downloads;
import org.gongkai.platform.web.LedgerModel;
import org.gongkai.publishing.NormativeLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The nine ledgers moved onto the shared query form (issue 19), each the same way: every row of the tests' agency
 * counted in the total and found on some page, the text narrowing it, a whitelisted sort reversing with its
 * direction and any other refused, and the export (opened with POI) holding exactly the rows of the query, every page
 * of it, in its order, with no phone number whole.
 */
@IntegrationTest
class LedgersTests {

	/**
	 * A ledger: its page, how many rows of the tests' agency it has, a sort key whose values differ row by row, the
	 * column of the export that shows what {@code key} reads of a row of the page.
	 */
	record Ledger(String path, int total, String sort, int column, Function<Object, String> key) {

		@Override
		public String toString() {
			return path;
		}

	}

	static Stream<Ledger> ledgers() {
		int count = LedgerFixtures.COUNT;
		return Stream.of(new Ledger("/admin/users", count + 1, "username", 0, r -> ((StaffAccount) r).username()),
				new Ledger("/admin/interaction/consultations", count, "trackingNumber", 0,
						r -> ((ConsultationView) r).trackingNumber()),
				new Ledger("/admin/interaction/proposals", count, "reference", 0, r -> ((ProposalView) r).reference()),
				new Ledger("/admin/interaction/findings", count, "foundOn", 0, r -> ((FindingView) r).problem()),
				new Ledger("/admin/appeals", count, "filedOn", 2, r -> ((AppealLedger.Row) r).appeal().body()),
				new Ledger("/admin/normative-documents", count, "issuedOn", 1,
						r -> ((NormativeLedger.NormativeView) r).entry().title()),
				new Ledger("/admin/service-items", count, "code", 1, r -> ((ServiceGuide) r).item().code()),
				new Ledger("/admin/assistant", count, "askedAt", 2, r -> ((AssistantQueries.Asked) r).question()),
				new Ledger("/admin/assistant/handoffs", count, "createdAt", 2,
						r -> ((AssistantQueries.Handoff) r).question()));
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	StaffPrincipal staff;

	@BeforeEach
	void rows() {
		staff = LedgerFixtures.ensure(context);
	}

	private LedgerModel view(MockHttpServletRequestBuilder request) throws Exception {
		return (LedgerModel) mvc.perform(request.with(user(staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("ledger");
	}

	private List<String> keys(Ledger ledger, LedgerModel model) {
		return model.page().items().stream().map(ledger.key()).toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ledgers")
	void everyRowIsOnSomePageAndTheTotalCountsThemAll(Ledger ledger) throws Exception {
		LedgerModel first = view(get(ledger.path()).param("agency", LedgerFixtures.AGENCY).param("size", "2"));
		assertThat(first.page().total()).isEqualTo(ledger.total());
		assertThat(first.page().pages()).isEqualTo((ledger.total() + 1) / 2);
		List<String> all = new ArrayList<>();
		for (int page = 1; page <= first.page().pages(); page++) {
			all.addAll(keys(ledger, view(get(ledger.path()).param("agency", LedgerFixtures.AGENCY)
				.param("size", "2")
				.param("page", "" + page))));
		}
		assertThat(all).as("pages neither overlap nor skip").doesNotHaveDuplicates().hasSize(ledger.total());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ledgers")
	void theTextNarrowsAndTheWhitelistedSortOrders(Ledger ledger) throws Exception {
		LedgerModel ascending = view(get(ledger.path()).param("agency", LedgerFixtures.AGENCY)
			.param("text", LedgerFixtures.MARK)
			.param("sort", ledger.sort())
			.param("dir", "asc"));
		assertThat(ascending.page().total()).isEqualTo(LedgerFixtures.MARKED);
		assertThat(ascending.sortKey()).isEqualTo(ledger.sort());
		LedgerModel descending = view(get(ledger.path()).param("agency", LedgerFixtures.AGENCY)
			.param("text", LedgerFixtures.MARK)
			.param("sort", ledger.sort())
			.param("dir", "desc"));
		List<String> reversed = new ArrayList<>(keys(ledger, descending));
		java.util.Collections.reverse(reversed);
		assertThat(keys(ledger, ascending)).hasSize(LedgerFixtures.MARKED).containsExactlyElementsOf(reversed);
		assertThat(view(get(ledger.path()).param("agency", LedgerFixtures.AGENCY).param("text", "没有这样的行"))
			.page()
			.total()).isZero();
		mvc.perform(get(ledger.path()).param("sort", "id; drop table agency").with(user(staff)))
			.andExpect(status().isBadRequest());
		mvc.perform(get(ledger.path() + "/export").param("dir", "sideways").with(user(staff)))
			.andExpect(status().isBadRequest());
		mvc.perform(get(ledger.path()).param("agency", "demo-bureau").with(user(staff)))
			.andExpect(status().isBadRequest());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ledgers")
	void theExportHoldsExactlyTheRowsOfTheQuery(Ledger ledger) throws Exception {
		byte[] xlsx = mvc.perform(get(ledger.path() + "/export").param("agency", LedgerFixtures.AGENCY)
			.param("text", LedgerFixtures.MARK)
			.param("sort", ledger.sort())
			.param("dir", "desc")
			.param("size", "1")
			.param("page", "2")
			.with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", Downloads.XLSX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> exported = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				for (Cell cell : row) {
					assertThat(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "")
						.as("no phone number whole").doesNotContain(LedgerFixtures.PHONE);
				}
				if (row.getRowNum() > 0) {
					exported.add(row.getCell(ledger.column()).getStringCellValue());
				}
			}
		}
		List<String> shown = keys(ledger, view(get(ledger.path()).param("agency", LedgerFixtures.AGENCY)
			.param("text", LedgerFixtures.MARK)
			.param("sort", ledger.sort())
			.param("dir", "desc")));
		assertThat(shown).hasSize(LedgerFixtures.MARKED);
		assertThat(exported).as("every page of the query, in its order").containsExactlyElementsOf(shown);
	}

}
