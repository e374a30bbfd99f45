package org.gongkai.audit;

/**
 * A change the platform makes by itself that belongs to no agency: the published site, the audit chain, the letters'
 * signatures.
 */
public interface PlatformEvent extends SystemEvent {

	@Override
	default String agencyCode() {
		return null;
	}

}
