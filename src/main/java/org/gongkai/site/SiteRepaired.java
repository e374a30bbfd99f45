package org.gongkai.site;

import java.util.List;
import java.util.Set;

import org.gongkai.audit.PlatformEvent;

/** After tampering, the site was rendered again from the database and its rollback copies were checked. */
public record SiteRepaired(Set<String> rendered, List<String> restored, List<String> dropped)
		implements PlatformEvent {

	@Override
	public String action() {
		return "SITE_REPAIRED";
	}

	@Override
	public String subject() {
		return "site";
	}

	@Override
	public String summary() {
		return "rendered again=" + rendered + ", rollback files restored=" + restored.size()
				+ ", generations dropped=" + dropped;
	}

}
