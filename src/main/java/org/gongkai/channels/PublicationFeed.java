package org.gongkai.channels;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.publishing.DocumentPublished;
import org.gongkai.publishing.DocumentWithdrawn;
import org.gongkai.publishing.PublishedDocuments;
import org.gongkai.publishing.PublishedDocuments.StoredDocument;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns publishing's events into ledger rows, after the publication has committed and in a transaction of its own
 * (the event publication registry keeps the event until this listener has run, and replays it after a crash): a
 * publication or correction goes to every enabled channel of the agency that takes its column, a withdrawal to every
 * channel that received the document. Nothing here calls a channel, so no channel can block or undo a publication.
 * Documents imported from before the platform ({@code actor} {@code import}) are history, not news, and are not
 * pushed.
 */
@Component
class PublicationFeed {

	static final String IMPORT = "import";

	private final DeliveryLedger ledger;

	private final ChannelAdministration channels;

	private final AgencyDirectory agencies;

	private final PublishedDocuments documents;

	PublicationFeed(DeliveryLedger ledger, ChannelAdministration channels, AgencyDirectory agencies,
			PublishedDocuments documents) {
		this.ledger = ledger;
		this.channels = channels;
		this.agencies = agencies;
		this.documents = documents;
	}

	@ApplicationModuleListener
	void on(DocumentPublished event) {
		if (IMPORT.equals(event.actor())) {
			return;
		}
		AgencyInfo agency = agencies.findByCode(event.agencyCode()).orElseThrow();
		List<StoredDocument> stored = documents.stored(List.of(event.documentId()));
		if (stored.isEmpty()) {
			return;
		}
		DeliveryKind kind = event.revision() > 1 ? DeliveryKind.CORRECTION : DeliveryKind.PUBLICATION;
		for (ChannelSettings channel : channels.of(agency.id().value())) {
			if (channel.takes(stored.get(0).columnCode())) {
				ledger.enqueue(channel, event.documentId(), event.indexNumber(), event.title(), event.revision(), kind,
						null);
			}
		}
	}

	@ApplicationModuleListener
	void on(DocumentWithdrawn event) {
		Map<Long, Delivery> lastByChannel = ledger.ofDocument(event.documentId())
			.stream()
			.filter(delivery -> delivery.kind() != DeliveryKind.WITHDRAWAL)
			.collect(Collectors.toMap(Delivery::channelId, delivery -> delivery, (newer, older) -> newer));
		for (ChannelSettings channel : channels.of(agencyId(event))) {
			Delivery last = lastByChannel.get(channel.id());
			if (last != null && channel.enabled()) {
				ledger.enqueue(channel, event.documentId(), event.indexNumber(), last.title(), last.revision(),
						DeliveryKind.WITHDRAWAL, event.reason());
			}
		}
	}

	private long agencyId(DocumentWithdrawn event) {
		return agencies.findByCode(event.agencyCode()).orElseThrow().id().value();
	}

}
