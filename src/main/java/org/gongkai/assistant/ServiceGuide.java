package org.gongkai.assistant;

import java.time.Instant;

/** A stored service item with its agency, as the portal's 办事指南 page and the back office show it. */
public record ServiceGuide(String agencyCode, String agencyName, String agencyPath, ServiceItem item,
		boolean published, Instant updatedAt) {

	/** The portal page of the guide. */
	public String url() {
		return url(agencyCode, item.code());
	}

	static String url(String agencyCode, String code) {
		return "/service-guides/" + agencyCode + "/" + code;
	}

}
