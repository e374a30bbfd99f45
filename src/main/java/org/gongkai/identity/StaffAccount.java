package org.gongkai.identity;

import java.util.Set;

/** A staff account as the admin pages and the API show it (never the password hash). */
public record StaffAccount(long id, String username, String displayName, String agencyCode, String agencyName,
		Set<Role> roles, boolean enabled) {
}
