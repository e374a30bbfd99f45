package org.gongkai.channels;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * A WeChat official account's drafts (草稿箱), by its documented HTTP API: {@code GET /cgi-bin/token} for an
 * access_token (kept until shortly before it expires), {@code POST /cgi-bin/draft/add} with the article (the
 * account's cover image as {@code thumb_media_id}), and for a withdrawal {@code POST /cgi-bin/draft/delete} of the
 * draft it made. The editors of the account send the draft from there; the platform never mass-sends. The base URL
 * is configured per account ({@code https://api.weixin.qq.com}), so that a test can point it at a fake server.
 */
@Component
class WeChatDraftChannel implements Channel {

	/** errcodes that mean the access_token is no longer good. */
	private static final Set<Integer> TOKEN_ERRORS = Set.of(40001, 40014, 42001);

	private final ChannelHttp http;

	private final ObjectMapper json;

	private final Clock clock;

	private final Map<Long, Token> tokens = new ConcurrentHashMap<>();

	private record Token(String value, Instant expires) {
	}

	WeChatDraftChannel(ChannelHttp http, ObjectMapper json, Clock clock) {
		this.http = http;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public ChannelKind kind() {
		return ChannelKind.WECHAT_DRAFT;
	}

	@Override
	public Attempt deliver(ChannelSettings settings, Item item) {
		if (item.kind() == DeliveryKind.WITHDRAWAL && item.previousRemoteId() == null) {
			return Attempt.ok("NOTHING", "no draft of this document to delete", null);
		}
		try {
			String base = settings.endpoint().replaceAll("/+$", "");
			String token = token(settings, base);
			boolean withdrawal = item.kind() == DeliveryKind.WITHDRAWAL;
			ObjectNode body = withdrawal ? json.createObjectNode().put("media_id", item.previousRemoteId())
					: article(settings, item);
			String call = base + (withdrawal ? "/cgi-bin/draft/delete" : "/cgi-bin/draft/add") + "?access_token="
					+ URLEncoder.encode(token, StandardCharsets.UTF_8);
			ChannelHttp.Response response = http.postJson(call, json.writeValueAsBytes(body), Map.of());
			JsonNode answer = response.ok() ? json.readTree(response.body()) : json.createObjectNode();
			int errcode = answer.path("errcode").asInt(response.ok() ? 0 : -1);
			if (errcode != 0) {
				if (TOKEN_ERRORS.contains(errcode)) {
					tokens.remove(settings.id());
				}
				return Attempt.failed(response.ok() ? "errcode " + errcode : "HTTP " + response.status(),
						response.body());
			}
			return Attempt.ok(withdrawal ? "DELETED" : "DRAFT", response.body(),
					withdrawal ? null : answer.path("media_id").asString(null));
		}
		catch (IOException | RuntimeException e) {
			return Attempt.failed("IO", e.toString());
		}
	}

	private String token(ChannelSettings settings, String base) throws IOException {
		Token cached = tokens.get(settings.id());
		if (cached != null && cached.expires().isAfter(clock.instant())) {
			return cached.value();
		}
		ChannelHttp.Response response = http.get(base + "/cgi-bin/token?grant_type=client_credential&appid="
				+ URLEncoder.encode(settings.appId(), StandardCharsets.UTF_8) + "&secret="
				+ URLEncoder.encode(settings.secret(), StandardCharsets.UTF_8));
		JsonNode answer = json.readTree(response.body());
		String value = answer.path("access_token").asString(null);
		if (!response.ok() || value == null) {
			throw new IOException("no access_token: HTTP " + response.status() + " " + response.body());
		}
		long seconds = answer.path("expires_in").asLong(7200);
		tokens.put(settings.id(), new Token(value, clock.instant().plusSeconds(Math.max(0, seconds - 300))));
		return value;
	}

	private ObjectNode article(ChannelSettings settings, Item item) {
		ObjectNode body = json.createObjectNode();
		String title = item.kind() == DeliveryKind.CORRECTION ? "（更正）" + item.title() : item.title();
		String source = "<p>来源：" + escape(item.agencyName()) + "　索引号："
				+ escape(item.indexNumber()) + "</p>";
		body.putArray("articles")
			.addObject()
			.put("title", cut(title, 32))
			.put("author", cut(item.agencyName(), 8))
			.put("digest", cut(item.summary() == null ? item.title() : item.summary(), 120))
			.put("content", (item.bodyHtml() == null ? "" : item.bodyHtml()) + source)
			.put("content_source_url", item.url())
			.put("thumb_media_id", settings.thumbMediaId())
			.put("need_open_comment", 0)
			.put("only_fans_can_comment", 0);
		return body;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

}
