package org.gongkai.publishing;

/** What staff (or the publication job) can do to a document; {@link DocumentTransitions} says when. */
public enum DocumentAction {

	/** Write the working copy (text, files, the policy it interprets); on a published document a new version. */
	EDIT,
	/** Hand the working copy to a reviewer (OGI art. 17: reviewed before it is published). */
	SUBMIT,
	/** Send it back to its author with a comment. */
	REJECT,
	/** The editor takes the submission back before a reviewer has decided (撤回): a draft again. */
	RECALL,
	/** Approve and publish now (OGI art. 17, 26). */
	PUBLISH,
	/** Approve now, publish at a set time. */
	SCHEDULE,
	/** Call a scheduled publication off: back to the reviewer. */
	UNSCHEDULE,
	/** The set time came (the publication job, never staff). */
	PUBLISH_DUE,
	/** Take the published document down with a reason; its page says so. */
	WITHDRAW

}
