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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

	@Autowired
	PlatformTransactionManager transactions;

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
		mvc.perform(get("/api/v1/audit/verify").with(httpBasic("admin", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit/verify").with(httpBasic("auditor", PASSWORD)))
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

	/**
	 * Whoever can write the database edits an entry and recomputes every hash after it, and the head, in one SQL
	 * block with the published algorithm: without the key, which is not in the database, the chain still fails.
	 */
	@Test
	void recomputingTheChainInTheDatabaseDoesNotHideAnEdit() {
		agencies.ensureChild("demo-district", new NewAgency("demo-rechain", "示例区某中心", null, null, null));
		await().atMost(Duration.ofSeconds(10)).until(() -> log.recent(1, Long.MAX_VALUE).size() == 1);
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			// hold the chain's lock so that nothing is appended meanwhile; everything is rolled back at the end
			jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", 0x6175646974L).query().singleValue();
			long victim = jdbc.sql("select min(id) from audit_entry").query(Long.class).single();
			jdbc.sql("update audit_entry set summary = 'nothing happened' where id = :id").param("id", victim).update();
			jdbc.sql("""
					do $$
					declare
					    e record;
					    previous text := repeat('0', 64);
					    us bigint;
					    at text;
					begin
					    for e in select * from audit_entry order by id loop
					        us := (extract(epoch from e.occurred_at) * 1000000)::bigint % 1000000;
					        at := to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
					            || case when us = 0 then '' when us % 1000 = 0 then '.' || lpad((us / 1000)::text, 3, '0')
					                    else '.' || lpad(us::text, 6, '0') end || 'Z';
					        update audit_entry set prev_hash = previous,
					            hash = encode(sha256(convert_to(concat_ws(chr(31), previous, e.id::text, at, e.actor,
					                coalesce(e.agency_code, ''), e.action, e.subject, e.summary), 'UTF8')), 'hex')
					        where id = e.id returning hash into previous;
					    end loop;
					    update audit_head set last_hash = previous,
					        mac = encode(sha256(convert_to('head' || chr(31) || last_id || chr(31) || previous, 'UTF8')), 'hex');
					end
					$$""").update();
			assertThat(unkeyedChainHolds()).as("the block recomputed the unkeyed chain correctly").isTrue();
			ChainVerification verification = log.verify();
			assertThat(verification.valid()).isFalse();
			assertThat(verification.firstBrokenEntry()).isEqualTo(victim);
			status.setRollbackOnly();
		});
		assertThat(log.verify().valid()).isTrue();
	}

	/** What the chain's check was before it was keyed: plain SHA-256 over the same fields. */
	private boolean unkeyedChainHolds() {
		String[] previous = { AuditChain.GENESIS };
		boolean[] holds = { true };
		jdbc.sql("select * from audit_entry order by id").query(rs -> {
			String expected = AuditChain.unkeyed(previous[0], rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("agency_code"), rs.getString("action"), rs.getString("subject"),
					rs.getString("summary"));
			holds[0] &= expected.equals(rs.getString("hash")) && previous[0].equals(rs.getString("prev_hash"));
			previous[0] = rs.getString("hash");
		});
		return holds[0];
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
