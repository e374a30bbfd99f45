package org.gongkai.channels;

/**
 * One configured channel of an agency.
 *
 * @param columnCode the column whose documents it receives; null: every column
 * @param endpoint the webhook's URL, or the WeChat API's base URL ({@code https://api.weixin.qq.com})
 * @param appId the WeChat AppID
 * @param secret the webhook's HMAC key or the WeChat AppSecret
 * @param thumbMediaId the WeChat cover image (a permanent material's media_id) every draft uses
 */
public record ChannelSettings(long id, long agencyId, ChannelKind kind, String name, String columnCode,
		String endpoint, String appId, String secret, String thumbMediaId, boolean enabled) {

	/** Whether a document of this column goes to this channel. */
	public boolean takes(String column) {
		return enabled && (columnCode == null || columnCode.equals(column));
	}

	@Override
	public String toString() {
		return "ChannelSettings[" + id + ", " + kind + ", " + name + "]";
	}

}
