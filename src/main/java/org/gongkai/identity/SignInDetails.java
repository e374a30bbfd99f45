package org.gongkai.identity;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a login attempt (the form or HTTP Basic) tells of where it came from: the source address, the session and
 * the browser's {@code User-Agent}, for the login log (issue 19). The web layer makes it from the request.
 */
public class SignInDetails extends WebAuthenticationDetails {

	private static final long serialVersionUID = 1L;

	private final String userAgent;

	public SignInDetails(String remoteAddress, String sessionId, String userAgent) {
		super(remoteAddress, sessionId);
		this.userAgent = userAgent;
	}

	/** The browser's User-Agent as it sent it; null when it sent none. */
	public String userAgent() {
		return userAgent;
	}

}
