package org.gongkai.channels;

/** A channel to configure for an agency; which fields it needs depends on its kind. */
public record NewChannel(ChannelKind kind, String name, String columnCode, String endpoint, String appId,
		String secret, String thumbMediaId) {

	@Override
	public String toString() {
		return "NewChannel[" + kind + ", " + name + ", " + columnCode + ", " + endpoint + "]";
	}

}
