package org.gongkai.search.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.Beijing;
import org.gongkai.publishing.Catalog;
import org.gongkai.publishing.CatalogColumn;
import org.gongkai.publishing.Validity;
import org.gongkai.search.SearchQuery;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the search form's filters offer: agencies, the catalog's columns, recent years, validity, order. */
@Component
class SearchChoices {

	/** Years offered in the year filter, counting back from this one. */
	static final int YEARS = 10;

	private final Catalog catalog;

	private final Clock clock;

	SearchChoices(Catalog catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
	}

	void addTo(Model model, List<AgencyInfo> agencies) {
		model.addAttribute("agencies", agencies);
		model.addAttribute("columns", agencies.isEmpty() ? List.<CatalogColumn>of()
				: catalog.of(agencies.get(0).id()).stream().filter(column -> !column.code().equals(CatalogColumn.GUIDE)).toList());
		int thisYear = LocalDate.now(clock.withZone(Beijing.ZONE)).getYear();
		model.addAttribute("years", IntStream.range(0, YEARS).map(back -> thisYear - back).boxed().toList());
		model.addAttribute("validities", Validity.values());
		model.addAttribute("orders", SearchQuery.Order.values());
	}

}
