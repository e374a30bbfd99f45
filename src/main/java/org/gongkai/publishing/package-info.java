/**
 * 主动公开: each agency's catalog of columns, documents with their metadata, review and confidentiality check
 * (OGI art. 17, 19–26), and the rules about document numbers (GB/T 9704) and index numbers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publishing",
		allowedDependencies = { "platform", "identity", "calendar", "audit" })
package org.gongkai.publishing;
