/**
 * Search (OGI art. 24: the platform offers retrieval, reading and download): Chinese full-text search of the
 * published documents on the portal and the API, and of every document a staff member may read in the back office.
 * The engine sits behind {@link org.gongkai.search.SearchIndex}, chosen by {@code gongkai.search.engine}: Lucene with
 * smartcn in {@code ${gongkai.data-dir}/index} on one node, or OpenSearch on several (architecture.md §4); the index
 * follows publishing's events and catches up with the database after a crash.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
		allowedDependencies = { "platform", "identity", "publishing", "audit", "dictionaries" })
package org.gongkai.search;
