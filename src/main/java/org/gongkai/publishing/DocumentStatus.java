package org.gongkai.publishing;

/** Where a document stands in review (OGI art. 17: reviewed before it is published). */
public enum DocumentStatus {

	/** Being written, or sent back, or a new version of a published document. */
	DRAFT,
	/** Waiting for a reviewer who is not its author. */
	SUBMITTED,
	/** Approved, and published by itself at a set time. */
	SCHEDULED,
	/** Live on the portal. */
	PUBLISHED,
	/** Taken down with a reason; its page says so and the record stays. */
	WITHDRAWN

}
