package org.gongkai.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.gongkai.GongkaiApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SIGTERM to a running node (its own JVM, on the embedded PostgreSQL): a request that is still arriving when the
 * signal comes is served and its change is committed, no new connection is taken, and the database stops only after
 * the application context has closed; then the JVM exits and no PostgreSQL process is left.
 */
class GracefulShutdownTests {

	private static final String PASSWORD = "Shutdown-Admin-2026";

	private final Path dataDir = Path.of("target/test-data/shutdown-" + UUID.randomUUID()).toAbsolutePath();

	private Process node;

	@AfterEach
	void killTheNodeIfTheTestFailed() throws Exception {
		if (node != null && node.isAlive()) {
			node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void aRequestInProgressIsServedAndTheDatabaseStopsLast() throws Exception {
		int port = freePort();
		Path log = Files.createDirectories(dataDir).resolve("node.log");
		node = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), GongkaiApplication.class.getName(), "--server.port=" + port,
				"--gongkai.data-dir=" + dataDir, "--gongkai.demo=false", "--gongkai.admin-password=" + PASSWORD)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> isUp(port));

		byte[] body = """
				{"code": "shutdown-test", "name": "关机时建立的机关", "parentCode": "root"}%s""".formatted(" ".repeat(2000))
			.getBytes(StandardCharsets.UTF_8);
		try (Socket request = new Socket("127.0.0.1", port)) {
			request.setSoTimeout(60_000);
			OutputStream out = request.getOutputStream();
			out.write(("POST /api/v1/agencies HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Authorization: Basic "
					+ Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8))
					+ "\r\nX-Request-Id: arriving-during-shutdown\r\nContent-Length: " + body.length
					+ "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(body, 0, 100);
			out.flush();
			Thread.sleep(500);

			node.destroy();
			await().atMost(Duration.ofSeconds(20)).until(() -> Files.readString(log).contains("Commencing graceful shutdown"));
			assertThat(refusesNewConnections(port)).as("no new connection is taken").isTrue();
			Thread.sleep(2_000);
			out.write(body, 100, body.length - 100);
			out.flush();
			String response = new String(readAll(request.getInputStream()), StandardCharsets.UTF_8);
			assertThat(response).startsWith("HTTP/1.1 201").contains("X-Request-Id: arriving-during-shutdown");
		}

		assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("the JVM exits").isTrue();
		String output = Files.readString(log);
		assertThat(output).containsSubsequence("Commencing graceful shutdown", "Graceful shutdown complete",
				"gongkai - Shutdown completed", "shut down postmaster");
		assertThat(postgresProcesses()).as("no PostgreSQL is left running").isEmpty();
		try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(dataDir.resolve("pg"));
				HikariDataSource pool = EmbeddedDatabaseConfiguration.pool(postgres)) {
			assertThat(JdbcClient.create(pool)
				.sql("select name from agency where code = 'shutdown-test'")
				.query(String.class)
				.list()).as("the request's change was committed").containsExactly("关机时建立的机关");
		}
	}

	private static boolean isUp(int port) {
		try {
			HttpURLConnection health = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/actuator/health")
				.toURL()
				.openConnection();
			health.setConnectTimeout(1_000);
			health.setReadTimeout(5_000);
			return health.getResponseCode() == 200;
		}
		catch (IOException e) {
			return false;
		}
	}

	private static boolean refusesNewConnections(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
			socket.setSoTimeout(3_000);
			socket.getOutputStream()
				.write("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			return socket.getInputStream().read() < 0;
		}
		catch (ConnectException e) {
			return true;
		}
		catch (IOException e) {
			return true;
		}
	}

	private List<ProcessHandle> postgresProcesses() {
		String pg = dataDir.resolve("pg").toString();
		return ProcessHandle.allProcesses()
			.filter(process -> process.info().commandLine().map(line -> line.contains(pg)).orElse(false))
			.toList();
	}

	private static byte[] readAll(InputStream in) throws IOException {
		return in.readAllBytes();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
