package org.gongkai.channels;

import java.time.Instant;

/** One row of the delivery ledger. */
public record Delivery(long id, long channelId, long agencyId, long documentId, String indexNumber, String title,
		int revision, DeliveryKind kind, String note, DeliveryStatus status, int attempts, String result,
		String response, String remoteId, Instant nextAttemptAt, Instant createdAt, Instant deliveredAt) {
}
