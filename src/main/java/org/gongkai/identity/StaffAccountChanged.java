package org.gongkai.identity;

import org.gongkai.audit.AuditableEvent;

/**
 * Something about a staff account changed that the audit log must show: a password change, a lock-out after failed
 * logins, an API token issued or revoked.
 */
public record StaffAccountChanged(String username, String agencyCode, String action, String summary, String actor)
		implements AuditableEvent {

	@Override
	public String subject() {
		return "user:" + username;
	}

}
