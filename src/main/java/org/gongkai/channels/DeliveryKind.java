package org.gongkai.channels;

/** What a delivery tells its channel. */
public enum DeliveryKind {

	/** The first publication of a document. */
	PUBLICATION,
	/** A later revision of a published document (更正). */
	CORRECTION,
	/** The document was withdrawn (撤回): the channel takes it down or is told so. */
	WITHDRAWAL

}
