package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

/**
 * A letter to an applicant or a consulted party (告知书), as structured text that renders the same to PDF and DOCX:
 * a title, a document number, the addressee, the body paragraphs, the agency's signature and seal area, the date.
 */
public record Letter(Kind kind, String title, String number, String addressee, List<String> paragraphs,
		String agencyName, LocalDate date) {

	/** What the letter is. */
	public enum Kind {

		/** 政府信息公开申请答复书 (OGI art. 36). */
		REPLY,
		/** 补正申请告知书 (art. 30). */
		CLARIFICATION_NOTICE,
		/** 延期答复告知书 (art. 33). */
		EXTENSION_NOTICE,
		/** 征求意见函 (art. 32, 34). */
		CONSULTATION_LETTER,
		/** 信息处理费缴费通知书 (国办函〔2020〕109号). */
		FEE_NOTICE

	}

}
