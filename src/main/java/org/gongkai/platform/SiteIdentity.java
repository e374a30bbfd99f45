package org.gongkai.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a government site must show of itself (《政府网站发展指引》 conventions): its name, the organiser (主办) and
 * the office that runs it (承办), contact, the ICP record number, the public-security record number, the site
 * identification code (网站标识码), the 党政机关网站标识 link issued for the site and the 我为政府网站找错 link, and the
 * address the public reaches it at (for feeds, the sitemap and e-mails). Configured per deployment under
 * {@code gongkai.site}; a field left out (or blank) is left off the pages rather than shown as a placeholder.
 */
@ConfigurationProperties("gongkai.site")
public record SiteIdentity(String name, String organiser, String operator, String phone, String email,
		String icpRecord, String publicSecurityRecord, String siteCode, String partyGovernmentMark,
		String errorReportUrl, String baseUrl) {

	public SiteIdentity {
		name = name == null ? "政府信息公开平台" : name;
		organiser = blankToNull(organiser);
		operator = blankToNull(operator);
		phone = blankToNull(phone);
		email = blankToNull(email);
		icpRecord = blankToNull(icpRecord);
		publicSecurityRecord = blankToNull(publicSecurityRecord);
		siteCode = blankToNull(siteCode);
		partyGovernmentMark = blankToNull(partyGovernmentMark);
		errorReportUrl = blankToNull(errorReportUrl);
		baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
