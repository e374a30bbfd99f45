package org.gongkai.channels;

import java.util.List;

import org.gongkai.platform.Outbox;

import org.springframework.stereotype.Component;

/**
 * The agency's confirmed e-mail subscribers: each item is queued in the outbox for each of them (who takes its column),
 * with the link that ends the subscription; the outbox sends and retries the mail itself. A withdrawal is mailed as
 * a withdrawal notice.
 */
@Component
class SubscribersChannel implements Channel {

	private final Subscriptions subscriptions;

	private final Outbox outbox;

	SubscribersChannel(Subscriptions subscriptions, Outbox outbox) {
		this.subscriptions = subscriptions;
		this.outbox = outbox;
	}

	@Override
	public ChannelKind kind() {
		return ChannelKind.SUBSCRIBERS;
	}

	@Override
	public Attempt deliver(ChannelSettings settings, Item item) {
		String column = settings.columnCode() != null ? settings.columnCode() : item.columnCode();
		List<Subscriptions.Subscriber> subscribers = subscriptions.subscribers(settings.agencyId(), column);
		String subject = switch (item.kind()) {
			case PUBLICATION -> "【" + item.agencyName() + "】" + item.title();
			case CORRECTION -> "【" + item.agencyName() + "】更正：" + item.title();
			case WITHDRAWAL -> "【" + item.agencyName() + "】已撤回：" + item.title();
		};
		for (Subscriptions.Subscriber subscriber : subscribers) {
			outbox.queue(subscriber.email(), subject, body(item) + "\n\n退订（一键取消订阅）："
					+ subscriptions.unsubscribeLink(subscriber.token()));
		}
		return Attempt.ok("QUEUED " + subscribers.size(), "queued for " + subscribers.size() + " subscribers", null);
	}

	private static String body(Item item) {
		if (item.kind() == DeliveryKind.WITHDRAWAL) {
			return item.title() + "\n索引号：" + item.indexNumber() + "\n该信息已撤回。"
					+ (item.note() == null ? "" : "\n撤回原因：" + item.note());
		}
		return item.title() + "\n索引号：" + item.indexNumber() + "\n发布日期：" + item.publishedOn()
				+ (item.summary() == null ? "" : "\n" + item.summary()) + "\n全文：" + item.url();
	}

}
