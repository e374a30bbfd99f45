package org.gongkai.audit;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit entries forwarded to syslog arrive at a real local UDP socket as RFC 5424 messages whose body is the entry
 * as one JSON line; with forwarding off (the default) nothing is sent.
 */
class SyslogForwardingTests {

	private static final AuditEntry ENTRY = new AuditEntry(42, Instant.parse("2026-12-06T08:30:15.123456Z"),
			"admin", "demo-bureau", "STAFF_ACCOUNT_CREATED", "user:新同事", "roles=EDITOR, \"quoted\"\nnext line");

	@Test
	void anEntryArrivesAsAnRfc5424MessageWithAJsonLine() throws Exception {
		try (DatagramSocket server = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			server.setSoTimeout(5_000);
			SyslogForwarding forwarding = new SyslogForwarding(true, "127.0.0.1", server.getLocalPort());
			try {
				forwarding.forward(ENTRY, "abc123");
				DatagramPacket packet = new DatagramPacket(new byte[65_535], 65_535);
				server.receive(packet);
				String message = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
				assertThat(message).matches("<110>1 2026-12-06T08:30:15\\.123456Z \\S+ gongkai - "
						+ "STAFF_ACCOUNT_CREATED - \\{.*\\}");
				assertThat(message).doesNotContain("\n");
				JsonNode json = JsonMapper.builder().build().readTree(message.substring(message.indexOf('{')));
				assertThat(json.get("id").asLong()).isEqualTo(42);
				assertThat(json.get("time").asString()).isEqualTo("2026-12-06T08:30:15.123456Z");
				assertThat(json.get("actor").asString()).isEqualTo("admin");
				assertThat(json.get("agency").asString()).isEqualTo("demo-bureau");
				assertThat(json.get("subject").asString()).isEqualTo("user:新同事");
				assertThat(json.get("summary").asString()).isEqualTo("roles=EDITOR, \"quoted\"\nnext line");
				assertThat(json.get("hash").asString()).isEqualTo("abc123");
			}
			finally {
				forwarding.destroy();
			}
		}
	}

	@Test
	void offByDefaultNothingIsSent() throws Exception {
		try (DatagramSocket server = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			server.setSoTimeout(500);
			SyslogForwarding forwarding = new SyslogForwarding(false, "127.0.0.1", server.getLocalPort());
			forwarding.forward(ENTRY, "abc123");
			DatagramPacket packet = new DatagramPacket(new byte[65_535], 65_535);
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> server.receive(packet))
				.isInstanceOf(java.net.SocketTimeoutException.class);
			assertThat(forwarding.enabled()).isFalse();
		}
	}

	@Test
	void anUnreachableServerNeverFailsTheChange() {
		SyslogForwarding forwarding = new SyslogForwarding(true, "host.invalid", 514);
		forwarding.forward(ENTRY, "abc123");
		forwarding.destroy();
		assertThat(forwarding.enabled()).isTrue();
	}

}
