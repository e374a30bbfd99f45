package org.gongkai.search;

/** Which version of a document an index entry holds, and so who may find it. */
public enum Visibility {

	/** The published version the public sees (OGI art. 24); gone from the index when the document is withdrawn. */
	LIVE,
	/** The back office's copy while it differs from the live one (a draft, a new version in review, a withdrawal). */
	WORKING

}
