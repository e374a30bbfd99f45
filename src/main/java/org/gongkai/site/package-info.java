/**
 * The published site as static files (architecture.md §3; OGI art. 23: the government website is the first channel
 * of disclosure): a projection of publishing's events, beside search. Each change renders what it touches into a new
 * generation with a manifest of every file's SHA-256 and switches the live one atomically; the files are served at
 * {@code /site/**}, checked against the manifest (网页防篡改), and exported for nginx or a CDN by {@code export-site}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site",
		allowedDependencies = { "platform", "identity", "publishing", "audit" })
package org.gongkai.site;
