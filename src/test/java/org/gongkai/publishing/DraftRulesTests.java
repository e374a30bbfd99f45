package org.gongkai.publishing;

import java.time.LocalDate;

import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A draft's dates have come, and a 行政规范性文件 has its 发文字号 (rules.md §6): document 76 was published on
 * 2026-12-08 with 成文日期 2027-05-01, 信息形成日期 2027-03-01 and no number.
 */
class DraftRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

	private static Draft draft(String column, String number, LocalDate writtenOn, LocalDate formedOn) {
		return new Draft(column, "示例区某局关于规范政务新媒体管理的办法", "第一条 为规范政务新媒体管理，制定本办法。", null, null, "办法",
				null, number, writtenOn, formedOn, Validity.VALID);
	}

	@Test
	void aDateWrittenOrFormedAfterTodayIsRefusedForItsField() {
		assertThatThrownBy(() -> DraftRules.check(draft("news", null, LocalDate.of(2027, 5, 1), TODAY), TODAY))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.field()).isEqualTo("writtenOn");
				assertThat(e.messageKey()).isEqualTo("publishing.document.date.future");
			});
		assertThatThrownBy(() -> DraftRules.check(draft("news", null, null, LocalDate.of(2027, 3, 1)), TODAY))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.field()).isEqualTo("formedOn"));
		assertThatCode(() -> DraftRules.check(draft("news", null, TODAY, TODAY), TODAY)).as("today has come")
			.doesNotThrowAnyException();
	}

	@Test
	void aNormativeDocumentNeedsItsDocumentNumber() {
		assertThatThrownBy(() -> DraftRules.check(draft("normative-documents", " ", LocalDate.of(2026, 12, 1),
				LocalDate.of(2026, 12, 1)), TODAY))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.field()).isEqualTo("documentNumber");
				assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
			});
		assertThatCode(() -> DraftRules.check(draft("normative-documents", "示例区某规〔2026〕8号",
				LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)), TODAY))
			.doesNotThrowAnyException();
		assertThatCode(() -> DraftRules.check(draft("news", null, null, TODAY), TODAY)).as("news needs no number")
			.doesNotThrowAnyException();
	}

}
