package org.gongkai.channels;

/** The register's moves of an account. */
public enum AccountAction {

	/** Pause its updates. */
	SUSPEND,
	/** Take up updates again. */
	RESUME,
	/** Close it (关停整合); final. */
	CLOSE

}
