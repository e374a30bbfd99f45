package org.gongkai.audit.web;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.ChainVerification;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit/verify}: re-computes the hash chain (AUDITOR, issue 19). */
@RestController
class AuditApi {

	private final AuditLog log;

	AuditApi(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/api/v1/audit/verify")
	@PreAuthorize("hasRole('AUDITOR')")
	ChainVerification verify() {
		return log.verify();
	}

}
