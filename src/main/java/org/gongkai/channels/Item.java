package org.gongkai.channels;

import java.time.LocalDate;
import java.util.List;

/**
 * What one delivery carries: a version of a published document, or the notice of its withdrawal.
 *
 * @param deliveryId the ledger's id, which a receiver may use to drop repeats
 * @param url the document's page on the portal
 * @param note the reason of a withdrawal
 * @param previousRemoteId the channel's id of the item it last received of this document (to take it down)
 * @param carriers the document's 公开渠道和载体 (政府网站, 两微一端 …); none for a withdrawal
 */
public record Item(long deliveryId, DeliveryKind kind, long documentId, int revision, String agencyCode,
		String agencyName, String indexNumber, String title, String columnCode, String columnName,
		String documentNumber, String summary, String bodyHtml, LocalDate publishedOn, String url, String note,
		String previousRemoteId, List<String> carriers) {
}
