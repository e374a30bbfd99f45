/**
 * 主动公开: each agency's catalog of columns, documents with their metadata, review and confidentiality check
 * (OGI art. 17, 19–26), the rules about document numbers (GB/T 9704) and index numbers, and the information that
 * applications showed to be wanted (OGI art. 44), which it reads from the requests module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publishing",
		allowedDependencies = { "platform", "identity", "calendar", "audit", "requests", "dictionaries" })
package org.gongkai.publishing;
