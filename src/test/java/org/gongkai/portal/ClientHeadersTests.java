package org.gongkai.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server answers must not be shaped by what the client claims (issue 22, item 19): a redirect does not send
 * the browser to the host named in the request's {@code Host} header, and a page that does not exist is an HTML
 * page for a browser, on the real server (Tomcat), not JSON.
 */
@IntegrationTest
class ClientHeadersTests {

	@LocalServerPort
	int port;

	/** One raw HTTP/1.1 exchange, so that the Host header is the test's to choose; the status line and headers. */
	private String exchange(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder head = new StringBuilder();
			int c;
			while ((c = in.read()) >= 0) {
				head.append((char) c);
				if (head.toString().endsWith("\r\n\r\n")) {
					break;
				}
			}
			return head.toString();
		}
	}

	@Test
	void aRedirectIsNotBuiltFromTheHostHeader() throws IOException {
		String head = exchange("GET /admin HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
		assertThat(head).startsWith("HTTP/1.1 302");
		assertThat(head).doesNotContain("attacker.example").containsIgnoringCase("Location: /admin/login");
		String loggedOut = exchange("GET /admin/logout HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
		assertThat(loggedOut).doesNotContain("attacker.example");
	}

	@Test
	void aMissingPageIsHtmlForABrowser() throws IOException {
		for (String path : new String[] { "/no-such-page", "/site/demo-bureau/documents/999999999.html",
				"/service-guides/no-such-agency" }) {
			String head = exchange("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
					+ "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\nConnection: close\r\n\r\n");
			assertThat(head).as(path).startsWith("HTTP/1.1 404").containsIgnoringCase("Content-Type: text/html");
		}
	}

}
