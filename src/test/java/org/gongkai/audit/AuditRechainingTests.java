package org.gongkai.audit;

import java.time.Duration;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.NewAgency;
import org.gongkai.platform.Crypto;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Switching gongkai.crypto on an installation with an audit log (issue 19): the chain written with HMAC-SHA256 is
 * checked and re-chained with HMAC-SM3 (or back) at the start, in one transaction, so that a switch killed midway
 * leaves the old chain whole and the next start does it. Runs in either mode: the "old" chain is written with the
 * suite this run does not use.
 */
@IntegrationTest
class AuditRechainingTests {

	private static final long CHAIN_LOCK = 0x6175646974L;

	@Autowired
	AuditLog log;

	@Autowired
	AuditChain chain;

	@Autowired
	AuditRekeying rekeying;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aChainWrittenWithTheOtherSuiteIsRechainedOnceAtTheStart() {
		agencies.ensureChild("demo-district", new NewAgency("demo-sm-audit", "示例区国密审计局", null, null, null));
		await().atMost(Duration.ofSeconds(10)).until(() -> log.recent(1, Long.MAX_VALUE).size() == 1);
		awaitQuiet();
		Crypto.Suite other = chain.suite() == Crypto.Suite.SM ? Crypto.Suite.STANDARD : Crypto.Suite.SM;
		AuditChain old = chain.with(other);
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		// the installation as it was before the switch: every entry and the head written with the other suite
		transaction.executeWithoutResult(status -> {
			jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query().singleValue();
			AuditRekeying.Result written = new AuditRekeying(jdbc, old).rechain(chain);
			jdbc.sql("update audit_head set last_hash = :hash, mac = :mac, suite = :suite")
				.param("hash", written.lastHash())
				.param("mac", old.head(written.lastId(), written.lastHash()))
				.param("suite", other.key())
				.update();
		});
		long entries = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
		assertThat(holdsWith(old)).as("the old chain").isTrue();
		assertThat(log.verify().valid()).as("a chain of the other suite does not verify with this one").isFalse();

		// a switch killed midway: the re-chaining is rolled back whole
		transaction.executeWithoutResult(status -> {
			jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query().singleValue();
			rekeying.rechain(old);
			assertThat(entriesHoldWith(chain)).as("re-chained up to the kill").isTrue();
			status.setRollbackOnly();
		});
		assertThat(holdsWith(old)).as("the old chain is whole after the kill").isTrue();
		assertThat(jdbc.sql("select suite from audit_head").query(String.class).single()).isEqualTo(other.key());

		// the next start
		log.keyOlderEntries();
		assertThat(jdbc.sql("select suite from audit_head").query(String.class).single())
			.isEqualTo(chain.suite().key());
		ChainVerification verification = log.verify();
		assertThat(verification.valid()).isTrue();
		assertThat(verification.entries()).isEqualTo(entries + 1);
		AuditEntry last = log.recent(1, Long.MAX_VALUE).get(0);
		assertThat(last.action()).isEqualTo("AUDIT_CHAIN_RECHAINED");
		assertThat(last.summary()).isEqualTo(
				"entries=" + entries + ", " + other.key() + " -> " + chain.suite().key() + ", chain held");
		log.keyOlderEntries();
		assertThat(log.recent(1, Long.MAX_VALUE).get(0).id()).as("re-chained once").isEqualTo(last.id());
	}

	/** Whether every entry and the head hold with {@code with}. */
	private boolean holdsWith(AuditChain with) {
		long lastId = jdbc.sql("select last_id from audit_head").query(Long.class).single();
		String lastHash = jdbc.sql("select last_hash from audit_head").query(String.class).single();
		String mac = jdbc.sql("select mac from audit_head").query(String.class).single();
		return entriesHoldWith(with) && with.head(lastId, lastHash).equals(mac);
	}

	/** Whether every entry holds with {@code with}. */
	private boolean entriesHoldWith(AuditChain with) {
		String[] previous = { AuditChain.GENESIS };
		boolean[] holds = { true };
		jdbc.sql("select * from audit_entry order by id").query(rs -> {
			String expected = with.hash(previous[0], rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("agency_code"), rs.getString("action"), rs.getString("subject"),
					rs.getString("summary"));
			holds[0] &= expected.equals(rs.getString("hash")) && previous[0].equals(rs.getString("prev_hash"));
			previous[0] = rs.getString("hash");
		});
		return holds[0];
	}

	/** Waits until no audit entry has been written for a moment, so that the switch is not raced. */
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
