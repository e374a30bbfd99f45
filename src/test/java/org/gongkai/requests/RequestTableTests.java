package org.gongkai.requests;

import java.util.List;

import org.gongkai.requests.RequestTable.Column;
import org.gongkai.requests.RequestTable.Flow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Table 三 has the rows and columns of 国办公开办函〔2021〕30号 (annual-report.md §1, §2 and §5), in its order. */
class RequestTableTests {

	@Test
	void hasTheTwentyFiveRowsOfTheFormatInItsOrder() {
		assertThat(RequestTable.ROWS).extracting(RequestTable.Row::id)
			.containsExactly("R1", "R2", "R3.1", "R3.2", "R3.3.1", "R3.3.2", "R3.3.3", "R3.3.4", "R3.3.5", "R3.3.6",
					"R3.3.7", "R3.3.8", "R3.4.1", "R3.4.2", "R3.4.3", "R3.5.1", "R3.5.2", "R3.5.3", "R3.5.4", "R3.5.5",
					"R3.6.1", "R3.6.2", "R3.6.3", "R3.7", "R4");
		assertThat(RequestTable.row("R3.3.4")).isEqualTo(Outcome.WITHHELD_THIRD_PARTY_RIGHTS);
		assertThat(RequestTable.row("R3.7")).isEqualTo(Flow.CLOSED);
		assertThatIllegalArgumentException().isThrownBy(() -> RequestTable.row("R3.8"));
	}

	@Test
	void hasTheSevenColumnsOfTheFormatInItsOrder() {
		assertThat(Column.values()).extracting(Column::name)
			.containsExactly("NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "RESEARCH_INSTITUTION",
					"SOCIAL_WELFARE_ORGANIZATION", "LEGAL_SERVICE_AGENCY", "OTHER_ORGANIZATION", "TOTAL");
		for (ApplicantType applicant : ApplicantType.values()) {
			assertThat(Column.of(applicant).name()).isEqualTo(applicant.name());
		}
		assertThat(Column.APPLICANTS).hasSize(6).doesNotContain(Column.TOTAL);
	}

	@Test
	void countingAnOutcomeCountsItsColumnTheTotalAndTheClosedRow() {
		RequestTable.Tally tally = new RequestTable.Tally();
		tally.count(Flow.RECEIVED, ApplicantType.LEGAL_SERVICE_AGENCY, 2);
		tally.count(Outcome.DISCLOSED, ApplicantType.LEGAL_SERVICE_AGENCY, 1);
		tally.count(Outcome.OTHER, ApplicantType.NATURAL_PERSON, 1);
		RequestTable table = tally.table();

		assertThat(table.cells(Flow.RECEIVED)).containsExactly(0L, 0L, 0L, 0L, 2L, 0L, 2L);
		assertThat(table.cells(Outcome.DISCLOSED)).containsExactly(0L, 0L, 0L, 0L, 1L, 0L, 1L);
		assertThat(table.cells(Flow.CLOSED)).containsExactly(1L, 0L, 0L, 0L, 1L, 0L, 2L);
		assertThat(table.total(Flow.CLOSED)).isEqualTo(2);
		assertThat(table.sumOfApplicants(Flow.CLOSED)).isEqualTo(2);
		assertThat(table.sum(Column.TOTAL, RequestTable.OUTCOMES)).isEqualTo(2);
		assertThat(table.sum(Column.NATURAL_PERSON, List.of(Flow.RECEIVED, Flow.CLOSED))).isEqualTo(1);
	}

	@Test
	void isAValueThatChangesOnlyIntoANewTable() {
		RequestTable empty = RequestTable.empty();
		RequestTable one = empty.with(Outcome.NOT_PROCESSED_DUPLICATE, Column.TOTAL, 1);

		assertThat(empty.total(Outcome.NOT_PROCESSED_DUPLICATE)).isZero();
		assertThat(one.total(Outcome.NOT_PROCESSED_DUPLICATE)).isEqualTo(1);
		assertThat(one.plus(one).total(Outcome.NOT_PROCESSED_DUPLICATE)).isEqualTo(2);
		assertThat(RequestTable.of((row, column) -> row == Outcome.NOT_PROCESSED_DUPLICATE
				&& column == Column.TOTAL ? 1 : 0)).isEqualTo(one).hasSameHashCodeAs(one);
		assertThat(one).isNotEqualTo(empty);
	}

}
