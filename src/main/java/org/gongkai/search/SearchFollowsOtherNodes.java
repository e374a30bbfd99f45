package org.gongkai.search;

import java.util.List;

import org.gongkai.platform.ChangeLog;
import org.gongkai.publishing.PublishedDocuments;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings this node's index up to date with the documents changed on other nodes, within seconds
 * ({@code gongkai.cluster.follow-interval}, 2 s): publishing's events reach only the listeners of the node where the
 * change was made, the change log reaches every node.
 */
@Component
class SearchFollowsOtherNodes {

	private final SearchIndexing indexing;

	private final ChangeLog.Follower changes;

	SearchFollowsOtherNodes(SearchIndexing indexing, ChangeLog log) {
		this.indexing = indexing;
		this.changes = log.follower(PublishedDocuments.CHANGE_TOPIC);
	}

	@Scheduled(fixedDelayString = "${gongkai.cluster.follow-interval:PT2S}", initialDelayString = "PT5S")
	synchronized void follow() {
		List<Long> documents = changes.next()
			.stream()
			.map(change -> Long.parseLong(change.key().substring(change.key().lastIndexOf(':') + 1)))
			.distinct()
			.toList();
		if (!documents.isEmpty()) {
			indexing.refresh(documents);
		}
	}

}
