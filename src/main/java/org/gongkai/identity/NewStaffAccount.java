package org.gongkai.identity;

import java.util.Set;

/** What it takes to open a staff account. */
public record NewStaffAccount(String username, String displayName, String password, String agencyCode,
		Set<Role> roles) {
}
