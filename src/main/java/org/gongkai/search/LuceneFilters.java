package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import static org.gongkai.search.LuceneFields.*;

/** Who may see what, and the reader's own filters, as Lucene filters (they match or not; they do not score). */
final class LuceneFilters {

	private LuceneFilters() {
	}

	/** The public see live versions only; staff see their agency's subtree; then the reader's own filters. */
	static List<Query> of(SearchQuery search, Audience audience) {
		List<Query> filters = new ArrayList<>();
		if (!audience.workingCopies()) {
			filters.add(new TermQuery(new Term(VISIBILITY, Visibility.LIVE.name())));
		}
		if (audience.withinAgency() != null) {
			filters.add(new TermQuery(new Term(SCOPE, audience.withinAgency())));
		}
		if (search.agency() != null) {
			filters.add(new TermQuery(new Term(SCOPE, search.agency())));
		}
		if (search.column() != null) {
			filters.add(new TermQuery(new Term(COLUMN, search.column())));
		}
		if (search.year() != null) {
			filters.add(IntPoint.newExactQuery(YEAR, search.year()));
		}
		if (search.validity() != null) {
			filters.add(new TermQuery(new Term(VALIDITY, search.validity().name())));
		}
		if (search.genre() != null) {
			filters.add(new TermQuery(new Term(GENRE, search.genre())));
		}
		return filters;
	}

}
