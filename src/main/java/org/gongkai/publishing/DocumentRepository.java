package org.gongkai.publishing;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DocumentRepository extends ListCrudRepository<Document, Long> {

	/** Scheduled documents whose set time has come, oldest first (a document is locked while it is published). */
	@Query("select * from document where status = 'SCHEDULED' and publish_at <= :now order by publish_at for update skip locked")
	List<Document> findDue(Instant now);

}
