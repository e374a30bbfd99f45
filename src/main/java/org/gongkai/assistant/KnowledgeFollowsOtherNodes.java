package org.gongkai.assistant;

import org.gongkai.platform.ChangeLog;
import org.gongkai.publishing.PublishedDocuments;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this node's knowledge index up to date with the documents and service items changed on other nodes, within
 * seconds ({@code gongkai.cluster.follow-interval}, 2 s), and records this node's service-item changes for the others.
 */
@Component
@WhenAssistantEnabled
class KnowledgeFollowsOtherNodes {

	static final String ITEMS = "service-item";

	private final KnowledgeIndexer indexer;

	private final ChangeLog log;

	private final ChangeLog.Follower changes;

	KnowledgeFollowsOtherNodes(KnowledgeIndexer indexer, ChangeLog log) {
		this.indexer = indexer;
		this.log = log;
		this.changes = log.follower(PublishedDocuments.CHANGE_TOPIC, ITEMS);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ServiceItemsChanged event) {
		for (String code : event.codes()) {
			log.record(ITEMS, event.agencyCode() + ":" + code);
		}
	}

	@Scheduled(fixedDelayString = "${gongkai.cluster.follow-interval:PT2S}", initialDelayString = "PT5S")
	synchronized void follow() {
		for (ChangeLog.Change change : changes.next()) {
			int colon = change.key().indexOf(':');
			String agency = change.key().substring(0, colon);
			String key = change.key().substring(colon + 1);
			if (change.topic().equals(ITEMS)) {
				indexer.refreshItem(agency, key);
			}
			else {
				indexer.refreshDocument(agency, Long.parseLong(key));
			}
		}
	}

}
