package org.gongkai.publishing;

import java.time.LocalDate;

import org.gongkai.platform.DomainException;

/**
 * What an editor's draft must hold before it is saved, beyond its own fields' forms: the 成文日期 and the date the
 * information was formed (OGI art. 26 counts the time to publish from it) are days that have come, in Beijing;
 * and a 行政规范性文件 carries its 发文字号, since such a document is registered, numbered and issued as one
 * (统一登记、统一编号、统一印发, rules.md §6, restating 国办发〔2018〕37号 as local rules apply it; the number's
 * form is {@link DocumentNumber}'s).
 */
final class DraftRules {

	/** The column of 行政规范性文件 in every agency's catalog ({@link CatalogTemplate}). */
	static final String NORMATIVE_COLUMN = "normative-documents";

	private DraftRules() {
	}

	/** Refuses, for its field, the first thing wrong with the draft as of {@code today} (in Beijing). */
	static void check(Draft draft, LocalDate today) {
		notAfter("writtenOn", draft.writtenOn(), today);
		notAfter("formedOn", draft.formedOn(), today);
		if (NORMATIVE_COLUMN.equals(draft.columnCode())
				&& (draft.documentNumber() == null || draft.documentNumber().isBlank())) {
			throw DomainException.invalid("documentNumber", "publishing.documentNumber.requiredNormative");
		}
	}

	private static void notAfter(String field, LocalDate date, LocalDate today) {
		if (date != null && date.isAfter(today)) {
			throw DomainException.invalid(field, "publishing.document.date.future", date, today);
		}
	}

}
