package org.gongkai.demo;

import org.gongkai.channels.ChannelAdministration;
import org.gongkai.channels.ChannelKind;
import org.gongkai.channels.NewChannel;
import org.gongkai.channels.NewMediaAccount;
import org.gongkai.channels.NewMediaRegister;
import org.gongkai.channels.Subscriptions;

import org.springframework.stereotype.Component;

/**
 * The demo bureau's channels: a webhook to a province platform and a WeChat official account, both pointing at the
 * discard port of this machine (127.0.0.1:9), so that their deliveries fail harmlessly and show in the ledger as
 * retrying; its e-mail subscribers with one confirmed subscription; and its 政务新媒体 accounts in the register. The
 * district government takes e-mail subscriptions too, so that the portal's subscription form offers a choice of
 * agencies. Seeded before the publications, so that the demo's own publication goes out to them.
 */
@Component
class DemoChannels {

	static final String UNREACHABLE = "http://127.0.0.1:9";

	private final ChannelAdministration channels;

	private final NewMediaRegister register;

	private final Subscriptions subscriptions;

	DemoChannels(ChannelAdministration channels, NewMediaRegister register, Subscriptions subscriptions) {
		this.channels = channels;
		this.register = register;
		this.subscriptions = subscriptions;
	}

	void seed() {
		channels.addOnSetup(DemoData.BUREAU, new NewChannel(ChannelKind.WEBHOOK, "省政务公开集约化平台（演示）", null,
				UNREACHABLE + "/gongkai/webhook", null, "demo-webhook-secret", null));
		long wechat = channels.addOnSetup(DemoData.BUREAU, new NewChannel(ChannelKind.WECHAT_DRAFT,
				"示例区某局微信公众号（演示）", null, UNREACHABLE, "wxdemo0000000000", "demo-app-secret", "demo-cover-media-id"));
		channels.addOnSetup(DemoData.BUREAU,
				new NewChannel(ChannelKind.SUBSCRIBERS, "邮件订阅", null, null, null, null, null));
		subscriptions.importConfirmed(DemoData.BUREAU, null, "citizen@example.com");
		channels.addOnSetup(DemoData.DISTRICT,
				new NewChannel(ChannelKind.SUBSCRIBERS, "邮件订阅", null, null, null, null, null));
		register.addOnSetup(DemoData.BUREAU, new NewMediaAccount("微信公众号", "示例区某局发布", "示例区某局", wechat));
		register.addOnSetup(DemoData.BUREAU, new NewMediaAccount("微博", "示例区某局", "示例区某局办公室", null));
	}

}
