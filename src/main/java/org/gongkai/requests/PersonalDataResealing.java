package org.gongkai.requests;

import java.util.List;

import org.gongkai.platform.ClusterLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-seals the applicants' identity and phone numbers sealed with the other suite when {@code gongkai.crypto} was
 * switched (issue 19): at the start, under the cluster lock, in batches that each commit on their own. A value
 * says which suite sealed it, so a switch killed midway leaves values of both suites, each readable, and the next
 * start goes on with those still left; nothing is lost and nothing is sealed twice.
 */
@Component
class PersonalDataResealing {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataResealing.class);

	static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	private final ClusterLock lock;

	private final TransactionTemplate transaction;

	PersonalDataResealing(JdbcClient jdbc, PersonalData personalData, ClusterLock lock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.personalData = personalData;
		this.lock = lock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@EventListener(ApplicationStartedEvent.class)
	void atStart() {
		lock.holding("personal-data-resealing", this::resealAll);
	}

	/** Re-seals every value of the other suite; answers how many applications were re-sealed. */
	int resealAll() {
		int total = 0;
		for (int done = resealBatch(BATCH); done > 0; done = resealBatch(BATCH)) {
			total += done;
		}
		if (total > 0) {
			log.info("Re-sealed the personal data of {} applications with {}", total, personalData.currentPrefix());
		}
		return total;
	}

	/** Re-seals up to {@code limit} applications in one transaction; answers how many. */
	int resealBatch(int limit) {
		Integer done = transaction.execute(status -> {
			List<Sealed> rows = jdbc.sql("""
					select id, applicant_id_number, applicant_phone from disclosure_request
					where (applicant_id_number is not null and applicant_id_number not like :prefix)
					   or (applicant_phone is not null and applicant_phone not like :prefix)
					order by id limit :limit for update""")
				.param("prefix", personalData.currentPrefix() + "%")
				.param("limit", limit)
				.query((rs, row) -> new Sealed(rs.getLong(1), rs.getString(2), rs.getString(3)))
				.list();
			for (Sealed row : rows) {
				jdbc.sql("""
						update disclosure_request set applicant_id_number = :idNumber, applicant_phone = :phone
						where id = :id""")
					.param("idNumber", reseal(row.idNumber()))
					.param("phone", reseal(row.phone()))
					.param("id", row.id())
					.update();
			}
			return rows.size();
		});
		return done == null ? 0 : done;
	}

	private record Sealed(long id, String idNumber, String phone) {
	}

	private String reseal(String sealed) {
		return personalData.sealedWithCurrentSuite(sealed) ? sealed : personalData.seal(personalData.open(sealed));
	}

}
