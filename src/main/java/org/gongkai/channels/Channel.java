package org.gongkai.channels;

/**
 * A place besides the portal that publications are pushed to (glossary: 政务新媒体 / 省市平台). An implementation
 * delivers one item to one configured channel and says how it went; it never throws for a failure the channel
 * reports, and the ledger retries what failed. A withdrawal is delivered as a withdrawal (the channel takes the item
 * down or is told to).
 */
public interface Channel {

	/** The kind of configured channel this implementation serves. */
	ChannelKind kind();

	/** Makes one attempt to deliver the item to the configured channel. */
	Attempt deliver(ChannelSettings settings, Item item);

	/**
	 * How one attempt went.
	 *
	 * @param delivered whether the channel accepted it
	 * @param result a short result (an HTTP status, an error code)
	 * @param response what the channel answered, shortened
	 * @param remoteId the channel's own id of the item (a WeChat draft's media_id), kept for its withdrawal
	 */
	record Attempt(boolean delivered, String result, String response, String remoteId) {

		public static Attempt ok(String result, String response, String remoteId) {
			return new Attempt(true, result, shorten(response), remoteId);
		}

		public static Attempt failed(String result, String response) {
			return new Attempt(false, result, shorten(response), null);
		}

		private static String shorten(String text) {
			return text == null || text.length() <= 1000 ? text : text.substring(0, 1000) + "…";
		}

	}

}
