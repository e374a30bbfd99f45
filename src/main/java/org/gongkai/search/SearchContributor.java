package org.gongkai.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Public content of another module that the portal search finds beside the documents (the assistant's 办事指南, which
 * are 主动公开 content too), without search depending on that module: the module implements this as a bean and
 * publishes {@link SearchContributionChanged} when an entry is created, changed, unpublished or deleted; the index
 * follows the event, catches up at start-up and is rebuilt from {@link #all()}.
 */
public interface SearchContributor {

	/** A stable name of what is contributed, such as {@code service-item}; the events name it. */
	String kind();

	/** What a hit is called where a document's column would be shown, such as 办事指南. */
	String label();

	/** Every entry the public may read now. */
	List<Contribution> all();

	/** Those of these entries the public may read now; one not returned leaves the index. */
	List<Contribution> of(Collection<Long> keys);

	/**
	 * One entry.
	 *
	 * @param key unique within the kind, positive and below 2^40
	 * @param agencyCode the agency that publishes it (a search within an agency above it finds it)
	 * @param url the portal page where it is read
	 * @param updatedOn the day it was last changed, by which results are dated
	 */
	record Contribution(long key, String agencyCode, String title, String body, String keywords, String url,
			LocalDate updatedOn) {

	}

}
