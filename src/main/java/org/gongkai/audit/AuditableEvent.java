package org.gongkai.audit;

/**
 * A domain event that leaves an audit record: who did what to which thing of which agency, with a short
 * before/after summary. Modules' events implement it; the audit module only listens.
 */
public interface AuditableEvent {

	/** The username of the staff member, or {@code system}, {@code public} for the platform and the public. */
	String actor();

	/** The agency the change belongs to, or null for platform-wide changes. */
	String agencyCode();

	/** What happened, an upper-case verb phrase such as {@code AGENCY_CREATED}. */
	String action();

	/** What it happened to, {@code kind:key}. */
	String subject();

	/** A short before/after summary; never secrets or full personal data. */
	String summary();

}
