package org.gongkai.publishing;

import java.util.List;

/** One column (栏目) of an agency's catalog. */
public record CatalogColumn(long id, Long parentId, String code, String name, Freshness freshness, int depth) {

	/** The code of the column of the agency's 政府信息公开指南 (OGI art. 12). */
	public static final String GUIDE = "guide";

	/**
	 * The codes of the five standard entries of a 信息公开 front page, in their order: the guide, the rules, the
	 * statutory content, the annual reports and applications (OGI art. 12, 19–20, 50).
	 */
	public static final List<String> FRONT_DOOR = List.of(GUIDE, "rules", "statutory", "annual-reports", "requests");

	/** The columns of the five standard entries a catalog has, in their standard order and with the agency's names. */
	public static List<CatalogColumn> frontDoor(List<CatalogColumn> catalog) {
		return FRONT_DOOR.stream()
			.flatMap(code -> catalog.stream().filter(column -> column.code().equals(code)).limit(1))
			.toList();
	}

	/** A column of the standard catalog, which the agency may rename and reclassify but not remove. */
	public boolean standard() {
		return CatalogTemplate.ENTRIES.stream().anyMatch(entry -> entry.code().equals(code));
	}

}
