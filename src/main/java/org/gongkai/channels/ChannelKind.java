package org.gongkai.channels;

/** The kinds of channel the platform can deliver to. */
public enum ChannelKind {

	/** A signed JSON webhook (HMAC-SHA256), the format a province's 集约化 platform can take. */
	WEBHOOK,
	/** A WeChat official account: each publication becomes a draft in its 草稿箱 for the editors to send. */
	WECHAT_DRAFT,
	/** The agency's confirmed e-mail subscribers, through the platform's outbox. */
	SUBSCRIBERS

}
