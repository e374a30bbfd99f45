package org.gongkai.search;

/**
 * The names of an {@link IndexEntry}'s fields, the same in every engine ({@link LuceneFields},
 * {@link OpenSearchLayout}); each engine adds only the names of what it lays out its own way.
 */
interface IndexFields {

	String KEY = "key";

	String DOCUMENT = "document";

	String VISIBILITY = "visibility";

	String STATUS = "status";

	String SCOPE = "scope";

	String AGENCY = "agency";

	String AGENCY_NAME = "agency_name";

	String COLUMN = "column";

	String COLUMN_NAME = "column_name";

	String GENRE = "genre";

	String VALIDITY = "validity";

	String YEAR = "year";

	String DATE = "date";

	String PUBLISHED_ON = "published_on";

	String TITLE = "title";

	String SUMMARY = "summary";

	String KEYWORDS = "keywords";

	String BODY = "body";

	String ATTACHMENT = "attachment";

	String NUMBER = "number";

	String NUMBER_KEY = "number_key";

	String DOCUMENT_NUMBER = "document_number";

	String INDEX_NUMBER = "index_number";

	String URL = "url";

}
