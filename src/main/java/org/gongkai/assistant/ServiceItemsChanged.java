package org.gongkai.assistant;

import java.util.List;

import org.gongkai.audit.AuditableEvent;

/** Service items of an agency were created, edited, imported, published or unpublished. */
public record ServiceItemsChanged(String agencyCode, List<String> codes, String how, String actor)
		implements AuditableEvent {

	@Override
	public String action() {
		return "SERVICE_ITEMS_" + how;
	}

	@Override
	public String subject() {
		return codes.size() == 1 ? "service-item:" + codes.get(0) : "service-items:" + agencyCode;
	}

	@Override
	public String summary() {
		return codes.size() + " item(s): " + String.join(", ", codes.stream().limit(20).toList());
	}

}
