package org.gongkai.search.web;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.platform.SiteIdentity;
import org.gongkai.search.Search;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchResults;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public search API over published documents (OGI art. 24), with the portal page's parameters; wrong parameters
 * answer 400 with a problem detail naming each.
 */
@RestController
class SearchApi {

	private final Search search;

	private final SiteIdentity site;

	SearchApi(Search search, SiteIdentity site) {
		this.search = search;
		this.site = site;
	}

	/** A page of results; {@code total} is a lower bound when {@code totalExact} is false. */
	record Results(long total, boolean totalExact, int page, int pages, String suggestion, List<Hit> hits) {
	}

	/** One hit; {@code snippet} and {@code titleHtml} are HTML-escaped with the matches in {@code <mark>}. */
	record Hit(long id, String title, String titleHtml, String url, String agency, String agencyName, String column,
			String columnName, String documentNumber, String indexNumber, LocalDate publishedOn, String validity,
			String snippet) {
	}

	@GetMapping("/api/v1/search")
	Results search(@ModelAttribute SearchForm form) {
		SearchResults results = search.publicly(form.query());
		return new Results(results.total(), results.totalExact(), results.query().page(), results.pages(),
				results.suggestion(), results.hits().stream().map(this::hit).toList());
	}

	private Hit hit(SearchHit hit) {
		return new Hit(hit.documentId(), hit.title(), hit.titleHtml(), site.baseUrl() + hit.url(), hit.agencyCode(),
				hit.agencyName(), hit.columnCode(), hit.columnName(), hit.documentNumber(), hit.indexNumber(),
				hit.publishedOn(), hit.validity().name(), hit.snippet());
	}

}
