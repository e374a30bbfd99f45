package org.gongkai.audit;

import java.time.Duration;
import java.util.Map;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.NewAgency;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gongkai.IntegrationTest.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Domain events reach the audit log, and editing or deleting a row of it in the database is detected. */
@IntegrationTest
class AuditChainTests {

	@Autowired
	AuditLog log;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aChangeLeavesAnAuditEntry() {
		agencies.ensureChild("demo-district", new NewAgency("demo-audit", "示例区审计局", null, null, null));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> log.recent(500, Long.MAX_VALUE)
				.stream()
				.anyMatch(entry -> entry.subject().equals("agency:demo-audit")
						&& entry.action().equals("AGENCY_CREATED") && entry.actor().equals("system")));
	}

	@Test
	void editingOrDeletingARowBreaksTheChain() throws Exception {
		agencies.ensureChild("demo-district", new NewAgency("demo-tamper", "示例区某办", null, null, null));
		await().atMost(Duration.ofSeconds(10)).until(() -> log.recent(1, Long.MAX_VALUE).size() == 1);
		awaitQuiet();
		mvc.perform(get("/api/v1/audit/verify").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.firstBrokenEntry").doesNotExist());

		long victim = jdbc.sql("select min(id) from audit_entry").query(Long.class).single() + 1;
		Map<String, Object> original = jdbc.sql("select summary from audit_entry where id = :id")
			.param("id", victim)
			.query()
			.singleRow();
		jdbc.sql("update audit_entry set summary = 'nothing happened' where id = :id").param("id", victim).update();
		try {
			ChainVerification edited = log.verify();
			assertThat(edited.valid()).isFalse();
			assertThat(edited.firstBrokenEntry()).isEqualTo(victim);
		}
		finally {
			jdbc.sql("update audit_entry set summary = :s where id = :id")
				.param("s", original.get("summary"))
				.param("id", victim)
				.update();
		}
		assertThat(log.verify().valid()).isTrue();

		Map<String, Object> row = jdbc.sql("select * from audit_entry where id = :id").param("id", victim)
			.query()
			.singleRow();
		jdbc.sql("delete from audit_entry where id = :id").param("id", victim).update();
		try {
			ChainVerification deleted = log.verify();
			assertThat(deleted.valid()).isFalse();
			assertThat(deleted.firstBrokenEntry()).isEqualTo(victim + 1);
		}
		finally {
			jdbc.sql("""
					insert into audit_entry (id, occurred_at, actor, agency_code, action, subject, summary, prev_hash, hash)
					values (:id, :occurred_at, :actor, :agency_code, :action, :subject, :summary, :prev_hash, :hash)""")
				.params(row)
				.update();
		}
		assertThat(log.verify().valid()).isTrue();
	}

	@Test
	void onlyAnAdminVerifies() throws Exception {
		mvc.perform(get("/api/v1/audit/verify").with(httpBasic("editor", PASSWORD))).andExpect(status().isForbidden());
	}

	/** Waits until no audit entry has been written for a moment, so that the tampering is not raced. */
	private void awaitQuiet() {
		long[] last = { -1 };
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).until(() -> {
			long count = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
			boolean quiet = count == last[0];
			last[0] = count;
			return quiet;
		});
	}

}
