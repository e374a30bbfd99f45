/**
 * The public portal shell: site identity, layout, home page over the agency tree, error pages. Feature pages (the
 * published site, request intake, search) live in their own modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.gongkai.portal;
