package org.gongkai.search;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The health component {@code search}: the {@link SearchIndex} (Lucene or OpenSearch, whichever is configured)
 * answers a query as the portal asks it, and says how many entries it holds. DOWN when it cannot be read, so that
 * a node whose index is lost or unreachable leaves the load balancer while the start-up catch-up refills it.
 */
@Component("searchHealthIndicator")
class SearchHealth implements HealthIndicator {

	private final SearchIndex index;

	private final Clock clock;

	SearchHealth(SearchIndex index, Clock clock) {
		this.index = index;
		this.clock = clock;
	}

	@Override
	public Health health() {
		try {
			SearchResults published = index.search(SearchQuery.of(""), Audience.PUBLIC, LocalDate.now(clock));
			return Health.up()
				.withDetail("engine", engine())
				.withDetail("entries", index.size())
				.withDetail("publishedDocuments", published.total())
				.withDetail("publishedDocumentsExact", published.totalExact())
				.build();
		}
		catch (RuntimeException e) {
			return Health.down(e).withDetail("engine", engine()).build();
		}
	}

	private String engine() {
		return ClassUtils.getUserClass(index).getSimpleName();
	}

}
