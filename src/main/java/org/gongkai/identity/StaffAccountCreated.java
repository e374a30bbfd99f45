package org.gongkai.identity;

import java.util.Set;

import org.gongkai.audit.AuditableEvent;

/** A staff account was opened. */
public record StaffAccountCreated(String username, String agencyCode, Set<Role> roles, String actor)
		implements AuditableEvent {

	@Override
	public String action() {
		return "STAFF_ACCOUNT_CREATED";
	}

	@Override
	public String subject() {
		return "user:" + username;
	}

	@Override
	public String summary() {
		return "roles=" + roles.stream().sorted().toList();
	}

}
