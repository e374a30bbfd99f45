package org.gongkai.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The search engine behind the portal, the back office and the API (architecture.md: Lucene on one node,
 * OpenSearch on several). It holds {@link IndexEntry entries}, answers {@link SearchQuery queries} for an
 * {@link Audience}, and can be filled anew beside itself ({@link #newGeneration()}) while it keeps serving. It never
 * reads the database: the module's indexing (on publishing's events, and catching up by row version) tells it what
 * to hold.
 */
public interface SearchIndex {

	/**
	 * Makes the index hold exactly {@code entries} for each of {@code documentIds} (a document without entries
	 * leaves it), durably: once this returns, a crash loses none of it.
	 */
	void replace(Collection<Long> documentIds, List<IndexEntry> entries);

	/**
	 * A page of hits, with their snippets and, when a word matched nothing, a suggestion; the query read with these
	 * synonyms. Hits that match every part of the query come first; when they are fewer than a page, those that
	 * match most parts follow.
	 */
	SearchResults search(SearchQuery query, Audience audience, LocalDate today, Synonyms synonyms);

	/** As {@link #search(SearchQuery, Audience, LocalDate, Synonyms)}, without synonyms. */
	default SearchResults search(SearchQuery query, Audience audience, LocalDate today) {
		return search(query, audience, today, Synonyms.NONE);
	}

	/** The version of every document the index holds, to compare with the database. */
	IndexedVersions versions();

	/** How many entries the index holds. */
	long size();

	/** A new, empty index that fills while this one serves, and takes its place when published. */
	Generation newGeneration();

	/**
	 * Whether other nodes write to this index too (one cluster all nodes share), so that a node's own writing lock
	 * does not hold all writes to it.
	 */
	default boolean shared() {
		return false;
	}

	/** An index being built beside the live one. */
	interface Generation extends AutoCloseable {

		/** Adds entries of documents not in this generation yet (the bulk of a rebuild). */
		void add(List<IndexEntry> entries);

		/** As {@link SearchIndex#replace}. */
		void replace(Collection<Long> documentIds, List<IndexEntry> entries);

		IndexedVersions versions();

		/** Makes this generation the live index, atomically for readers, and drops the old one. */
		void publish();

		/** Drops this generation if it was not published. */
		@Override
		void close();

	}

}
