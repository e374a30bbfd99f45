package org.gongkai.crash;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Gongkai started as a JVM of its own ({@code java -cp <the test classpath> org.gongkai.GongkaiApplication}, or the
 * packaged {@code java -jar gongkai.jar}) on a given data directory and a free port, so that a test can kill it as an
 * operating system would (SIGKILL) and start it again on the same files. Its output goes to {@code <data directory>/../<name>.log}.
 */
final class ApplicationProcess implements AutoCloseable {

	static final String PASSWORD = "Crash-Admin-2026";

	private final Path dataDir;

	private final Process process;

	private final int port;

	private final Path log;

	private ApplicationProcess(Path dataDir, Process process, int port, Path log) {
		this.dataDir = dataDir;
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts the application and waits until it reports itself ready (start-up runners done). */
	static ApplicationProcess start(Path dataDir, String name, Duration timeout) throws Exception {
		return launch(List.of("-cp", classpath(), "org.gongkai.GongkaiApplication"), dataDir, name, timeout);
	}

	/** Starts the packaged application, {@code java -jar gongkai.jar}, as an operator does (PackagedJarIT). */
	static ApplicationProcess startJar(Path jar, Path dataDir, String name, Duration timeout) throws Exception {
		return launch(List.of("-jar", jar.toString()), dataDir, name, timeout);
	}

	private static ApplicationProcess launch(List<String> launcher, Path dataDir, String name, Duration timeout)
			throws Exception {
		int port = freePort();
		Path log = dataDir.toAbsolutePath().getParent().resolve(name + ".log");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-Djava.awt.headless=true");
		command.addAll(launcher);
		command.add("--server.port=" + port);
		command.add("--gongkai.data-dir=" + dataDir.toAbsolutePath());
		command.add("--gongkai.demo=true");
		command.add("--gongkai.admin-password=" + PASSWORD);
		// every thread of the test submits from 127.0.0.1
		command.add("--gongkai.public-forms.max-submissions=100000");
		command.add("--management.endpoint.health.probes.enabled=true");
		command.add("--spring.main.banner-mode=off");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
			.start();
		ApplicationProcess application = new ApplicationProcess(dataDir, process, port, log);
		application.awaitReady(timeout);
		return application;
	}

	int port() {
		return port;
	}

	long pid() {
		return process.pid();
	}

	Path log() {
		return log;
	}

	String base() {
		return "http://127.0.0.1:" + port;
	}

	/** SIGKILL, as the OOM killer or a pulled plug would end it: no shutdown hook, no graceful stop. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the application (pid " + process.pid() + ") did not die");
		}
	}

	/** A graceful stop (SIGTERM), which also stops the embedded PostgreSQL. */
	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				process.waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	/** The pid of the embedded PostgreSQL on the data directory, while one runs. */
	static Optional<Long> postmasterPid(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("pg/postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		return lines.isEmpty() || !lines.get(0).strip().matches("\\d+") ? Optional.empty()
				: Optional.of(Long.parseLong(lines.get(0).strip())).filter(pid -> ProcessHandle.of(pid).isPresent());
	}

	/** The port of the embedded PostgreSQL on the data directory (line 4 of postmaster.pid). */
	static int postgresPort(Path dataDir) throws IOException {
		return Integer.parseInt(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(3).strip());
	}

	private void awaitReady(Duration timeout) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the application exited with " + process.exitValue() + "; see " + log
						+ ":\n" + tail());
			}
			try {
				HttpResponse<String> ready = http.send(
						HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
							.timeout(Duration.ofSeconds(5))
							.build(),
						HttpResponse.BodyHandlers.ofString());
				if (ready.statusCode() == 200 && ready.body().contains("UP")) {
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		process.destroyForcibly();
		throw new IllegalStateException("the application was not ready in " + timeout + "; see " + log + ":\n" + tail());
	}

	String tail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException e) {
			return e.toString();
		}
	}

	/**
	 * The test runtime classpath: Surefire's (it may run the tests from a manifest-only jar, whose Class-Path then
	 * names the entries), else the JVM's.
	 */
	private static String classpath() throws IOException {
		String surefire = System.getProperty("surefire.test.class.path");
		if (surefire != null && !surefire.isBlank()) {
			return surefire;
		}
		String own = System.getProperty("java.class.path");
		String[] entries = own.split(File.pathSeparator);
		if (entries.length == 1 && entries[0].endsWith(".jar")) {
			try (JarFile jar = new JarFile(entries[0])) {
				Manifest manifest = jar.getManifest();
				String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
				if (classPath != null) {
					List<String> paths = new ArrayList<>();
					for (String url : classPath.trim().split("\\s+")) {
						paths.add(Path.of(URI.create(url.startsWith("file:") ? url
								: new File(url).toURI().toString())).toString());
					}
					return String.join(File.pathSeparator, paths);
				}
			}
		}
		return own;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

	Path dataDir() {
		return dataDir;
	}

}
