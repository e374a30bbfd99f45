package org.gongkai.search;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** The health component {@code search}: the index answers a query and counts its entries, or the node is DOWN. */
class SearchHealthTests {

	@TempDir
	Path data;

	@Test
	void isUpWithTheCountsOfAReadableIndex() {
		LuceneSearchIndex index = new LuceneSearchIndex(data, LuceneSearchIndexTests.CLOCK);
		try {
			index.replace(List.of(1L, 2L, 3L), List.of(Entries.live(1).entry(), Entries.live(2).entry(),
					Entries.draft(3).entry()));
			Health health = new SearchHealth(index, LuceneSearchIndexTests.CLOCK).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("engine", "LuceneSearchIndex")
				.containsEntry("entries", 3L)
				.containsEntry("publishedDocuments", 2L)
				.containsEntry("publishedDocumentsExact", true);
		}
		finally {
			index.close();
		}
	}

	@Test
	void isDownWhenTheIndexCannotBeRead() {
		LuceneSearchIndex index = new LuceneSearchIndex(data, LuceneSearchIndexTests.CLOCK);
		index.close();
		Health health = new SearchHealth(index, LuceneSearchIndexTests.CLOCK).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("engine", "LuceneSearchIndex").containsKey("error");
	}

}
