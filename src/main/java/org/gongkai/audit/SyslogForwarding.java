package org.gongkai.audit;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Forwards every audit entry, once it is committed, as one JSON line in an RFC 5424 syslog message over UDP
 * (issue 19, 等保: logs kept on a separate log server): {@code gongkai.audit.syslog.enabled} (off by default),
 * {@code gongkai.audit.syslog.host} and {@code .port} (514). The facility is 13 (log audit), the severity 6
 * (informational), the MSGID the entry's action. UDP can lose a message; the chain in the database stays the
 * record, and a message that cannot be sent is logged and dropped, never holding up the change it records.
 */
@Component
class SyslogForwarding implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SyslogForwarding.class);

	/** Facility 13 (log audit) × 8 + severity 6 (informational). */
	static final int PRIORITY = 13 * 8 + 6;

	/** The largest message sent; a longer summary is cut so that the datagram stays whole. */
	static final int MAX_BYTES = 8_192;

	private final boolean enabled;

	private final String host;

	private final int port;

	private final JsonMapper json = JsonMapper.builder().build();

	private final String hostname;

	private DatagramSocket socket;

	SyslogForwarding(@Value("${gongkai.audit.syslog.enabled:false}") boolean enabled,
			@Value("${gongkai.audit.syslog.host:localhost}") String host,
			@Value("${gongkai.audit.syslog.port:514}") int port) {
		this.enabled = enabled;
		this.host = host;
		this.port = port;
		this.hostname = localHostname();
	}

	private static String localHostname() {
		try {
			String name = InetAddress.getLocalHost().getHostName();
			return name == null || name.isBlank() ? "-" : name.replace(' ', '_');
		}
		catch (IOException e) {
			return "-";
		}
	}

	boolean enabled() {
		return enabled;
	}

	/** Sends the entry; never throws. */
	void forward(AuditEntry entry, String hash) {
		if (!enabled) {
			return;
		}
		try {
			byte[] message = message(entry, hash);
			synchronized (this) {
				if (socket == null) {
					socket = new DatagramSocket();
				}
				socket.send(new DatagramPacket(message, message.length, new InetSocketAddress(host, port)));
			}
		}
		catch (IOException | RuntimeException e) {
			log.warn("Could not forward audit entry {} to syslog at {}:{}: {}", entry.id(), host, port, e.toString());
		}
	}

	byte[] message(AuditEntry entry, String hash) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("id", entry.id());
		line.put("time", entry.occurredAt().toString());
		line.put("actor", entry.actor());
		line.put("agency", entry.agencyCode());
		line.put("action", entry.action());
		line.put("subject", entry.subject());
		line.put("summary", entry.summary());
		line.put("hash", hash);
		String header = "<" + PRIORITY + ">1 "
				+ DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt().truncatedTo(ChronoUnit.MICROS)) + " "
				+ hostname + " gongkai - " + msgId(entry.action()) + " - ";
		byte[] bytes = (header + json.writeValueAsString(line)).getBytes(StandardCharsets.UTF_8);
		if (bytes.length > MAX_BYTES) {
			line.put("summary", entry.summary().substring(0, Math.min(entry.summary().length(), 1_000)) + "…");
			bytes = (header + json.writeValueAsString(line)).getBytes(StandardCharsets.UTF_8);
		}
		return bytes;
	}

	/** RFC 5424's MSGID: 1 to 32 printable US-ASCII characters. */
	private static String msgId(String action) {
		String id = action.replaceAll("[^!-~]", "_");
		return id.isEmpty() ? "-" : id.length() > 32 ? id.substring(0, 32) : id;
	}

	@Override
	public synchronized void destroy() {
		if (socket != null) {
			socket.close();
		}
	}

}
