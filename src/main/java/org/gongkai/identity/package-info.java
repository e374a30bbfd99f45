/**
 * Agencies (a tree: province &gt; city &gt; district &gt; bureau), staff users, roles, login and API tokens. Every
 * other module asks this one who the caller is and which agencies the caller may read or act for.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "platform", "audit" })
package org.gongkai.identity;
