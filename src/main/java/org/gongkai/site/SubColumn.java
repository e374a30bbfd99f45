package org.gongkai.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.publishing.CatalogColumn;
import org.gongkai.publishing.PublishedDocument;

/**
 * A sub-column as its parent column's page shows it, as government portals show 法定主动公开内容: its name, linking to
 * its page, and the newest documents of it and of the columns below it.
 */
record SubColumn(CatalogColumn column, List<PublishedDocument> newest) {

	/** Documents shown under each sub-column. */
	static final int NEWEST = 5;

	/** The direct sub-columns of {@code parent} in catalog order; {@code documents} are the agency's, newest first. */
	static List<SubColumn> of(CatalogColumn parent, List<CatalogColumn> catalog, List<PublishedDocument> documents) {
		List<SubColumn> subColumns = new ArrayList<>();
		for (CatalogColumn child : catalog) {
			if (Long.valueOf(parent.id()).equals(child.parentId())) {
				Set<String> codes = subtree(child, catalog);
				subColumns.add(new SubColumn(child, documents.stream()
					.filter(document -> !document.withdrawn() && codes.contains(document.columnCode()))
					.limit(NEWEST)
					.toList()));
			}
		}
		return subColumns;
	}

	/** The codes of a column and of every column below it. */
	private static Set<String> subtree(CatalogColumn column, List<CatalogColumn> catalog) {
		Set<Long> ids = new HashSet<>(Set.of(column.id()));
		// the catalog lists a column after its parent, so one pass in its order finds every descendant
		for (CatalogColumn candidate : catalog) {
			if (candidate.parentId() != null && ids.contains(candidate.parentId())) {
				ids.add(candidate.id());
			}
		}
		return catalog.stream().filter(c -> ids.contains(c.id())).map(CatalogColumn::code).collect(Collectors.toSet());
	}

}
