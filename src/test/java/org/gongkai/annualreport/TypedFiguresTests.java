package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.gongkai.platform.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The cells of a report typed from its PDF: one code per printed cell, read back into the same figures. */
class TypedFiguresTests {

	@Test
	void everyFigureCellOfTheOfficialLayoutHasOneCodeInPrintedOrder() {
		List<String> inLayout = TypedFigures.layout()
			.stream()
			.flatMap(table -> table.rows().stream())
			.flatMap(List::stream)
			.filter(cell -> !cell.header())
			.map(ReportTable.Cell::text)
			.toList();
		assertThat(inLayout).isEqualTo(TypedFigures.CODES);
		assertThat(TypedFigures.CODES).hasSize(10 + 25 * 7 + 15).doesNotHaveDuplicates();
		assertThat(TypedFigures.CODES).contains("rules.issued", "R3.3.1/NATURAL_PERSON", "R4/TOTAL",
				"litigationAfterReconsideration.pending", "administrativeFeesWanYuan");
	}

	@Test
	void theCellsOfAReportReadBackAsItsTables() {
		ReportFigures figures = ReportChecksTests.consistent();
		Map<String, String> cells = TypedFigures.cells(figures);
		assertThat(cells).containsEntry("R1/COMMERCIAL_ENTERPRISE", "1")
			.containsEntry("normativeDocuments.inForce", "1")
			.containsEntry("reconsideration.total", "2");
		ReportFigures typed = TypedFigures.parse(cells);
		assertThat(ReportTables.all(typed)).isEqualTo(ReportTables.all(figures));
		assertThat(typed.proactive().publishedCount()).isZero();
	}

	@Test
	void eachBadCellIsNamedWithItsReason() {
		Map<String, String> cells = new java.util.HashMap<>(TypedFigures.cells(ReportChecksTests.consistent()));
		cells.put("R2/NATURAL_PERSON", "-1");
		cells.put("R3.1/TOTAL", "2.0");
		cells.put("penalty", "七");
		cells.put("enforcement", " ");
		cells.remove("litigationDirect.total");
		cells.put("administrativeFeesWanYuan", "12.34567");
		InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> TypedFigures.parse(cells));
		assertThat(refused.violations()).extracting(InvalidInput.Violation::field, InvalidInput.Violation::messageKey)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("R2/NATURAL_PERSON", "annualreport.typed.count"),
					org.assertj.core.groups.Tuple.tuple("R3.1/TOTAL", "annualreport.typed.count"),
					org.assertj.core.groups.Tuple.tuple("penalty", "annualreport.typed.count"),
					org.assertj.core.groups.Tuple.tuple("enforcement", "validation.required"),
					org.assertj.core.groups.Tuple.tuple("litigationDirect.total", "validation.required"),
					org.assertj.core.groups.Tuple.tuple("administrativeFeesWanYuan", "annualreport.typed.wanYuan"));

		cells.putAll(TypedFigures.cells(ReportChecksTests.consistent()));
		cells.put("administrativeFeesWanYuan", " 59237.2449 ");
		assertThat(TypedFigures.parse(cells).proactive().administrativeFeesWanYuan())
			.isEqualByComparingTo(new BigDecimal("59237.2449"));
	}

}
