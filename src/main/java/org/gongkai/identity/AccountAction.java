package org.gongkai.identity;

/** What an administrator may do to another staff member's account. */
public enum AccountAction {

	/** No login, no token, and the sessions end at their next request. */
	DISABLE,

	ENABLE,

	/** Sets a new password (the staff member's was forgotten or exposed): other sessions and every token end. */
	RESET_PASSWORD,

	/** Revokes every API token of the account. */
	REVOKE_TOKENS

}
