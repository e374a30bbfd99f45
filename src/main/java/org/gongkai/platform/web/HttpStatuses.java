package org.gongkai.platform.web;

import org.gongkai.platform.DomainException;

import org.springframework.http.HttpStatus;

/** The one mapping of business rejections to HTTP statuses, for the API and for pages alike. */
public final class HttpStatuses {

	private HttpStatuses() {
	}

	public static HttpStatus of(DomainException.Kind kind) {
		return switch (kind) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case NOT_PERMITTED -> HttpStatus.FORBIDDEN;
			case CONFLICT -> HttpStatus.CONFLICT;
			case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
			case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
		};
	}

}
