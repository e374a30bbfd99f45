package org.gongkai.channels;

import java.time.LocalDate;
import java.util.List;

/**
 * The JSON a webhook channel receives (docs/api.md, and the {@code webhooks} of the OpenAPI document): one version
 * of a published document, or the notice of its withdrawal, in the form a province's 集约化 platform can take. The body
 * is signed: {@code X-Gongkai-Signature: sha256=<hex HMAC-SHA256 of the body with the channel's secret>}. A retry
 * carries the same {@code deliveryId}, by which a receiver drops repeats.
 *
 * @param event {@code document.published}, {@code document.corrected} or {@code document.withdrawn}
 * @param revision the document's revision: 1 for a first publication, higher for a correction
 * @param indexNumber the 索引号
 * @param bodyHtml the sanitised HTML body; null for a withdrawal
 * @param url the document's page on the portal (for a withdrawal, its withdrawal notice)
 * @param withdrawalReason why it was withdrawn; null otherwise
 * @param carriers the 公开渠道和载体 the agency chose for the document (国办发〔2019〕54号), e.g. 政府网站, 两微一端;
 *     empty for a withdrawal
 */
public record WebhookPayload(String event, long deliveryId, long documentId, int revision, String agencyCode,
		String agencyName, String indexNumber, String title, String columnCode, String columnName,
		String documentNumber, String summary, String bodyHtml, LocalDate publishedOn, String url,
		String withdrawalReason, List<String> carriers) {

	static WebhookPayload of(Item item) {
		String event = switch (item.kind()) {
			case PUBLICATION -> "document.published";
			case CORRECTION -> "document.corrected";
			case WITHDRAWAL -> "document.withdrawn";
		};
		return new WebhookPayload(event, item.deliveryId(), item.documentId(), item.revision(), item.agencyCode(),
				item.agencyName(), item.indexNumber(), item.title(), item.columnCode(), item.columnName(),
				item.documentNumber(), item.summary(), item.bodyHtml(), item.publishedOn(), item.url(), item.note(),
				item.carriers());
	}

}
