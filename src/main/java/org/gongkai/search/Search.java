package org.gongkai.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.identity.Staff;
import org.gongkai.platform.Beijing;

import org.springframework.stereotype.Service;

/**
 * Searching (OGI art. 24: "提供政府信息检索、查阅、下载等服务"): the public finds what is published, in every agency;
 * staff find every document of their agency and the agencies below it, in any state. An empty query finds nothing
 * and costs nothing.
 */
@Service
public class Search {

	private final SearchIndex index;

	private final SearchSynonyms synonyms;

	private final Clock clock;

	Search(SearchIndex index, SearchSynonyms synonyms, Clock clock) {
		this.index = index;
		this.synonyms = synonyms;
		this.clock = clock;
	}

	public SearchResults publicly(SearchQuery query) {
		return run(query, Audience.PUBLIC);
	}

	public SearchResults forStaff(Staff staff, SearchQuery query) {
		return run(query, Audience.staff(staff));
	}

	private SearchResults run(SearchQuery query, Audience audience) {
		if (query.isEmpty()) {
			return new SearchResults(query, 0, true, List.of(), null);
		}
		return index.search(query, audience, LocalDate.now(clock.withZone(Beijing.ZONE)), synonyms.current());
	}

}
