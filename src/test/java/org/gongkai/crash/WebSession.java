package org.gongkai.crash;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's view of the application over plain HTTP: cookies (the session), the CSRF token of the page a form
 * came from, form and multipart posts, and redirects left to the caller so that it sees where a post leads.
 */
final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	private final String base;

	private final HttpClient http;

	WebSession(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/** A response: its status, its Location (for a redirect) and its body. */
	record Page(int status, String location, String body) {

		String csrf() {
			Matcher matcher = CSRF.matcher(body);
			if (!matcher.find()) {
				throw new IllegalStateException("no CSRF token on the page:\n" + body);
			}
			return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
		}

	}

	/** Signs a member of staff in through the login form. */
	WebSession logIn(String username, String password) throws IOException, InterruptedException {
		Page form = get("/admin/login");
		Page done = post("/admin/login", Map.of("username", username, "password", password, "_csrf", form.csrf()));
		if (done.status() != 302 || done.location() == null || done.location().contains("error")) {
			throw new IllegalStateException("login of " + username + " failed: " + done.status() + " " + done.location());
		}
		return this;
	}

	Page get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	/** An url-encoded form post. */
	Page post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A multipart post with fields and one file. */
	Page postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
			String contentType, byte[] content) throws IOException, InterruptedException {
		String boundary = "----crash" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
				response.body());
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : base + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
