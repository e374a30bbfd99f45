package org.gongkai.channels;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free port of this machine, started by a test, standing in for a channel's far end (a
 * province platform's webhook, the WeChat API). Every request it receives is kept; each path answers what its handler
 * says.
 */
final class FakeServer implements AutoCloseable {

	/** A request as received. */
	record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {

		String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(entry -> entry.getKey().equalsIgnoreCase(name))
				.map(entry -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

	/** What a path answers. */
	record Answer(int status, String body) {
	}

	private final HttpServer server;

	final List<Received> received = new CopyOnWriteArrayList<>();

	FakeServer(Map<String, Function<Received, Answer>> handlers) throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		handlers.forEach((path, handler) -> server.createContext(path, exchange -> answer(exchange, handler)));
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	List<Received> on(String path) {
		return received.stream().filter(request -> request.path().equals(path)).toList();
	}

	private void answer(HttpExchange exchange, Function<Received, Answer> handler) throws IOException {
		Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()),
				new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		received.add(request);
		Answer answer = handler.apply(request);
		byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(answer.status(), body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
