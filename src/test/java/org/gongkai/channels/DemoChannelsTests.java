package org.gongkai.channels;

import java.time.Duration;
import java.util.List;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyDirectory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo's channels point at this machine's discard port: the demo's own publication (the procurement notice with
 * its table) is in the ledger for the webhook and the WeChat account, and their attempts fail harmlessly and wait to
 * be retried; the demo's confirmed subscriber gets it through the outbox.
 */
@IntegrationTest
class DemoChannelsTests {

	@Autowired
	ChannelAdministration channels;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	DeliveryLedger ledger;

	@Autowired
	Dispatcher dispatcher;

	@Test
	void theDemoPublicationIsRetryingOnTheUnreachableDemoChannels() {
		long bureau = agencies.findByCode("demo-bureau").orElseThrow().id().value();
		List<ChannelSettings> demo = channels.of(bureau)
			.stream()
			.filter(channel -> channel.name().endsWith("（演示）") || channel.kind() == ChannelKind.SUBSCRIBERS)
			.toList();
		assertThat(demo).extracting(ChannelSettings::kind)
			.containsExactly(ChannelKind.WEBHOOK, ChannelKind.WECHAT_DRAFT, ChannelKind.SUBSCRIBERS);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			dispatcher.deliverNow();
			List<Delivery> notice = ledger.recent(List.of(bureau), 500)
				.stream()
				.filter(delivery -> delivery.title().equals("示例区某局2026年第四季度政府采购意向公开"))
				.toList();
			assertThat(notice).filteredOn(delivery -> delivery.channelId() == demo.get(0).id()
					|| delivery.channelId() == demo.get(1).id())
				.hasSize(2)
				.allSatisfy(delivery -> {
					assertThat(delivery.status()).isEqualTo(DeliveryStatus.RETRYING);
					assertThat(delivery.result()).isEqualTo("IO");
					assertThat(delivery.nextAttemptAt()).isNotNull();
				});
			assertThat(notice).filteredOn(delivery -> delivery.channelId() == demo.get(2).id())
				.singleElement()
				.satisfies(delivery -> assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED));
		});
		assertThat(ledger.recent(List.of(bureau), 500))
			.as("documents imported from before the platform are history and not pushed")
			.noneMatch(delivery -> delivery.title().startsWith("示例区某局2025年部门预算公开"));
	}

}
