package org.gongkai.site;

import java.util.List;

import org.gongkai.audit.PlatformEvent;

/** The scheduled integrity check found served files that differ from the manifest (网页防篡改). */
public record SiteTampered(String generation, List<String> mismatches) implements PlatformEvent {

	@Override
	public String action() {
		return "SITE_TAMPERED";
	}

	@Override
	public String subject() {
		return "site:" + generation;
	}

	@Override
	public String summary() {
		return mismatches.size() + " files differ: " + mismatches.stream().limit(20).toList();
	}

}
