package org.gongkai.admin.web;

import java.util.List;

/**
 * One section of a staff member's dashboard, chosen in Java by their roles (the template only lists what it is
 * given): a heading, the items that need them, each linking to its page, what to say when there is none, and a link
 * to the full list.
 *
 * @param id the section's element id, for the page's anchors and the tests
 * @param moreHref the full list, or null
 */
record DashboardSection(String id, String headingKey, List<Item> items, String emptyKey, String moreHref) {

	/** At most this many items a section lists; the rest are behind its link to the full list. */
	static final int LIMIT = 8;

	/**
	 * A thing to do or to look at: its title, a line worded by a message key with its arguments (or none), and
	 * whether it is urgent (overdue, sent back).
	 */
	record Item(String href, String title, String detailKey, Object[] detailArguments, boolean urgent) {

		static Item of(String href, String title, String detailKey, boolean urgent, Object... detailArguments) {
			return new Item(href, title, detailKey, detailArguments, urgent);
		}

	}

}
