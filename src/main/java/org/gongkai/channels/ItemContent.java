package org.gongkai.channels;

import java.util.List;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.SiteIdentity;
import org.gongkai.publishing.PublishedDocuments;
import org.gongkai.publishing.PublishedDocuments.Copy;
import org.gongkai.publishing.PublishedDocuments.StoredDocument;

import org.springframework.stereotype.Component;

/**
 * What a delivery carries, read at the time of the attempt from publishing's read model (never its tables): the live
 * copy of the document, its page on the portal, and for a withdrawal the reason and the channel's id of what it
 * received.
 */
@Component
class ItemContent {

	private final PublishedDocuments documents;

	private final AgencyDirectory agencies;

	private final DeliveryLedger ledger;

	private final String baseUrl;

	ItemContent(PublishedDocuments documents, AgencyDirectory agencies, DeliveryLedger ledger, SiteIdentity site) {
		this.documents = documents;
		this.agencies = agencies;
		this.ledger = ledger;
		this.baseUrl = site.baseUrl();
	}

	Item of(Delivery delivery) {
		AgencyInfo agency = agencies.find(new AgencyId(delivery.agencyId())).orElseThrow();
		String url = baseUrl + "/site/" + agency.code() + "/documents/" + delivery.documentId() + ".html";
		String previous = delivery.kind() == DeliveryKind.WITHDRAWAL
				? ledger.lastRemoteId(delivery.channelId(), delivery.documentId()).orElse(null) : null;
		List<StoredDocument> stored = documents.stored(List.of(delivery.documentId()));
		if (delivery.kind() == DeliveryKind.WITHDRAWAL || stored.isEmpty() || stored.get(0).live() == null) {
			String column = stored.isEmpty() ? null : stored.get(0).columnCode();
			String columnName = stored.isEmpty() ? null : stored.get(0).columnName();
			return new Item(delivery.id(), delivery.kind(), delivery.documentId(), delivery.revision(), agency.code(),
					agency.name(), delivery.indexNumber(), delivery.title(), column, columnName, null, null, null, null,
					url, delivery.note(), previous, List.of());
		}
		StoredDocument document = stored.get(0);
		Copy live = document.live();
		return new Item(delivery.id(), delivery.kind(), delivery.documentId(), delivery.revision(), agency.code(),
				agency.name(), delivery.indexNumber(), live.title(), document.columnCode(), document.columnName(),
				live.documentNumber(), live.summary(), live.bodyHtml(), document.publishedOn(), url, null, previous,
				live.carriers());
	}

}
