package org.gongkai.publishing;

import org.gongkai.platform.ChangeLog;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records every change of a document in the {@link ChangeLog}, in the transaction of the change, so that the derived
 * indexes of the other nodes follow it within seconds (key {@code agencyCode:documentId}, topic {@value #TOPIC}).
 */
@Component
class DocumentChangeLog {

	/** The change log's topic of documents. */
	static final String TOPIC = PublishedDocuments.CHANGE_TOPIC;

	private final ChangeLog log;

	DocumentChangeLog(ChangeLog log) {
		this.log = log;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(DocumentPublished event) {
		log.record(TOPIC, event.agencyCode() + ":" + event.documentId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(DocumentWithdrawn event) {
		log.record(TOPIC, event.agencyCode() + ":" + event.documentId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(DocumentChanged event) {
		log.record(TOPIC, event.agencyCode() + ":" + event.documentId());
	}

}
