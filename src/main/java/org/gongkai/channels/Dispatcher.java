package org.gongkai.channels;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gongkai.platform.ClusterLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled job that makes the due attempts of the ledger, every {@code gongkai.channels.interval} (30 s by
 * default). With several nodes one runs it at a time ({@link ClusterLock#ifFree}), so that no attempt is made twice.
 * An attempt that throws counts as failed; nothing here touches a publication.
 */
@Component
class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	static final String LOCK = "channels-delivery";

	private final DeliveryLedger ledger;

	private final ChannelAdministration channels;

	private final ItemContent content;

	private final Map<ChannelKind, Channel> byKind = new EnumMap<>(ChannelKind.class);

	private final ClusterLock lock;

	Dispatcher(DeliveryLedger ledger, ChannelAdministration channels, ItemContent content, List<Channel> implementations,
			ClusterLock lock) {
		this.ledger = ledger;
		this.channels = channels;
		this.content = content;
		this.lock = lock;
		implementations.forEach(channel -> byKind.put(channel.kind(), channel));
	}

	@Scheduled(fixedDelayString = "${gongkai.channels.interval:PT30S}",
			initialDelayString = "${gongkai.channels.interval:PT30S}")
	void run() {
		lock.ifFree(LOCK, this::deliverDue);
	}

	/** Makes the due attempts now, waiting for another node's round to end first; answers how many it made. */
	int deliverNow() {
		return lock.holding(LOCK, this::deliverDue);
	}

	private int deliverDue() {
		int made = 0;
		for (Delivery delivery : ledger.due(50)) {
			ChannelSettings channel = channels.find(delivery.channelId()).orElseThrow();
			ledger.recordAttempt(delivery, attempt(channel, delivery));
			made++;
		}
		return made;
	}

	private Channel.Attempt attempt(ChannelSettings channel, Delivery delivery) {
		try {
			return byKind.get(channel.kind()).deliver(channel, content.of(delivery));
		}
		catch (RuntimeException e) {
			log.warn("Delivery {} to channel {} failed: {}", delivery.id(), channel.id(), e.toString());
			return Channel.Attempt.failed("ERROR", e.toString());
		}
	}

}
