package org.gongkai.publishing;

/** One column (栏目) of an agency's catalog. */
public record CatalogColumn(long id, Long parentId, String code, String name, Freshness freshness, int depth) {
}
