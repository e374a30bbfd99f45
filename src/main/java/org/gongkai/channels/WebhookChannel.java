package org.gongkai.channels;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/** A signed JSON webhook: POSTs a {@link WebhookPayload}, signed with HMAC-SHA256; any 2xx answer is a delivery. */
@Component
class WebhookChannel implements Channel {

	static final String SIGNATURE = "X-Gongkai-Signature";

	private final ChannelHttp http;

	private final ObjectMapper json;

	WebhookChannel(ChannelHttp http, ObjectMapper json) {
		this.http = http;
		this.json = json;
	}

	@Override
	public ChannelKind kind() {
		return ChannelKind.WEBHOOK;
	}

	@Override
	public Attempt deliver(ChannelSettings settings, Item item) {
		WebhookPayload payload = WebhookPayload.of(item);
		byte[] body = json.writeValueAsBytes(payload);
		Map<String, String> headers = Map.of(SIGNATURE, "sha256=" + sign(settings.secret(), body), "X-Gongkai-Event",
				payload.event(), "X-Gongkai-Delivery", Long.toString(item.deliveryId()));
		try {
			ChannelHttp.Response response = http.postJson(settings.endpoint(), body, headers);
			return response.ok() ? Attempt.ok("HTTP " + response.status(), response.body(), null)
					: Attempt.failed("HTTP " + response.status(), response.body());
		}
		catch (IOException e) {
			return Attempt.failed("IO", e.toString());
		}
	}

	/** The hex HMAC-SHA256 of the body with the channel's secret. */
	static String sign(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
