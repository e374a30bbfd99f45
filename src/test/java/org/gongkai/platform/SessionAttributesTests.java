package org.gongkai.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.annualreport.HistoryDocument;
import org.gongkai.assistant.ServiceItems;
import org.gongkai.identity.AgencyId;
import org.gongkai.identity.ApiToken;
import org.gongkai.identity.IssuedApiToken;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.interaction.Asked;
import org.gongkai.requests.Submitted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With sessions in the database (gongkai.cluster.sessions: jdbc) every session attribute is serialized: the staff
 * member inside the principal, and what pages put into flash attributes and the session. Each survives the trip.
 */
class SessionAttributesTests {

	static List<Object> attributes() {
		return List.of(
				new Staff(7, "editor", new AgencyId(3), "demo-bureau", "/1/3/", Set.of(Role.EDITOR, Role.REVIEWER)),
				new IssuedApiToken(new ApiToken(1, "导入脚本", Instant.parse("2026-12-03T01:00:00Z"), null, null), "secret"),
				new Asked(5, "ZX-2026-00005", LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 17), false, "示例区某局"),
				new Submitted("SQ-2026-00009", "ABCD-1234", "示例区某局"), new ServiceItems.ImportResult(3, 1),
				new HistoryDocument.Added(1, 2, 3, 4, 5),
				new HistoryDocument(List.of(), List.of(), List.of(), List.of(), List.of()));
	}

	@ParameterizedTest
	@MethodSource("attributes")
	void survivesJavaSerialization(Object attribute) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(attribute);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			assertThat(in.readObject()).isEqualTo(attribute);
		}
	}

}
