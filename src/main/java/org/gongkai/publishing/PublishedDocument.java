package org.gongkai.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The live version of a document, as the portal shows it (or its withdrawal notice).
 *
 * @param carriers the 公开渠道和载体 beside the statutory 公开方式 (国办发〔2019〕54号), e.g. 政府网站, 两微一端
 */
public record PublishedDocument(long id, String agencyCode, String agencyName, String columnCode, String columnName,
		String indexNumber, String title, String bodyHtml, String summary, String publisher, String documentNumber,
		LocalDate writtenOn, Instant publishedAt, Validity validity, boolean withdrawn, String withdrawalReason,
		Long interpretsId, InterpretationForm interpretationForm, String keywords, String genre, Topic topic,
		DisclosureMethod disclosureMethod, List<String> carriers) {

	/** The day of publication, in Beijing. */
	public LocalDate publishedOn() {
		return LocalDate.ofInstant(publishedAt, org.gongkai.platform.Beijing.ZONE);
	}

	/** The page's path below the site root. */
	public String path() {
		return agencyCode + "/documents/" + id + ".html";
	}

}
