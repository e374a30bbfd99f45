package org.gongkai.identity;

/**
 * What other modules see of an agency.
 *
 * @param path the codes from the root down to this agency, {@code /root/child/}; an agency's subtree is every
 * agency whose path starts with its own
 */
public record AgencyInfo(AgencyId id, String code, String name, String creditCode, AgencyLevel level,
		String parentCode, String path) {

	/** How deep below the root this agency sits (the root is 0). */
	public int depth() {
		return (int) path.chars().filter(c -> c == '/').count() - 2;
	}

	/** Whether {@code other} is this agency or one below it. */
	public boolean contains(AgencyInfo other) {
		return other.path.startsWith(path);
	}

}
