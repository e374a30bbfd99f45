package org.gongkai.publishing;

/** One column (栏目) of an agency's catalog. */
public record CatalogColumn(long id, Long parentId, String code, String name, Freshness freshness, int depth) {

	/** A column of the standard catalog, which the agency may rename and reclassify but not remove. */
	public boolean standard() {
		return CatalogTemplate.ENTRIES.stream().anyMatch(entry -> entry.code().equals(code));
	}

}
