package org.gongkai.interaction;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.publishing.DocumentPublished;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Notes on the proposal the day its reply went live in the 建议提案办理 column. */
@Component
class ReplyPublications {

	private final JdbcClient jdbc;

	private final Clock clock;

	ReplyPublications(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DocumentPublished published) {
		jdbc.sql("""
				update proposal set reply_published_on = :today, version = version + 1
				where reply_document_id = :document and reply_published_on is null""")
			.param("today", LocalDate.now(clock))
			.param("document", published.documentId())
			.update();
	}

}
