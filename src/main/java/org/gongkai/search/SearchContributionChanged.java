package org.gongkai.search;

import java.util.List;

/**
 * Entries a {@link SearchContributor} contributes were created, changed, unpublished or deleted: the index reads them
 * again (a key its contributor no longer returns is removed).
 */
public record SearchContributionChanged(String kind, List<Long> keys) {

	public SearchContributionChanged {
		keys = List.copyOf(keys);
	}

}
