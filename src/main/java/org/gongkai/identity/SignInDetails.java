package org.gongkai.identity;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a login attempt (the form or HTTP Basic) tells of where it came from: the source address, the session and
 * the browser's {@code User-Agent}, for the login log (issue 19), and the form's proof of work when it sent one. The
 * web layer makes it from the request.
 */
public class SignInDetails extends WebAuthenticationDetails {

	private static final long serialVersionUID = 1L;

	private final String userAgent;

	private final String challenge;

	private final String proof;

	/** With the login form's proof of work: the signed challenge and the counter found for it (issue 19). */
	public SignInDetails(String remoteAddress, String sessionId, String userAgent, String challenge, String proof) {
		super(remoteAddress, sessionId);
		this.userAgent = userAgent;
		this.challenge = challenge;
		this.proof = proof;
	}

	/** The signed challenge the form answered; null when none. */
	public String challenge() {
		return challenge;
	}

	/** The counter that answers {@link #challenge()}; null when none. */
	public String proof() {
		return proof;
	}

	/** The browser's User-Agent as it sent it; null when it sent none. */
	public String userAgent() {
		return userAgent;
	}

}
