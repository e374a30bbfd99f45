package org.gongkai.portal;

import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 70 MB file sent with the application form (no script in the way, over the container's 64 MB limit) used to end
 * on the container's bare 413 page or a reset connection; now the form comes back refusing the file in Chinese.
 * Over real HTTP, since the limit is Tomcat's.
 */
@IntegrationTest
class UploadTooLargeTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void aFileOverTheContainersLimitBringsTheFormBackRefusingItInChinese() throws Exception {
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base() + "/requests/new?lang=zh_CN"))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		String cookie = form.headers().allValues("Set-Cookie").stream()
			.map(value -> value.substring(0, value.indexOf(';')))
			.reduce((a, b) -> a + "; " + b)
			.orElseThrow();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(token.find()).isTrue();

		Path large = Files.createTempFile("scan-", ".pdf");
		try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
			file.write("%PDF-1.4\n".getBytes());
			file.setLength(70L * 1024 * 1024);
		}
		try {
			String boundary = "----gongkai" + System.nanoTime();
			String head = part(boundary, "_csrf", token.group(1)) + part(boundary, "name", "王五")
					+ part(boundary, "description", "示例区某局2024年度政府采购合同")
					+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"idProof\"; filename=\"scan.pdf\"\r\n"
					+ "Content-Type: application/pdf\r\n\r\n";
			String tail = "\r\n--" + boundary + "--\r\n";
			HttpResponse<String> refused = http.send(HttpRequest
				.newBuilder(URI.create(base() + "/requests/new"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Cookie", cookie)
				.header("Accept-Language", "zh-CN")
				.timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
						HttpRequest.BodyPublishers.ofFile(large), HttpRequest.BodyPublishers.ofString(tail)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(303);
			assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/requests/new?fileTooLarge");

			HttpResponse<String> again = http.send(HttpRequest
				.newBuilder(URI.create(base() + "/requests/new?fileTooLarge&lang=zh_CN"))
				.header("Cookie", cookie)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(again.statusCode()).isEqualTo(200);
			assertThat(again.body()).contains("文件不能超过 5 MB。", "href=\"#idProof\"");
		}
		finally {
			Files.deleteIfExists(large);
		}
	}

	private static String part(String boundary, String name, String value) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
