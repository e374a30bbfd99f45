package org.gongkai.platform;

import java.util.Arrays;

/**
 * A business rejection. Carries a message key (resolved in the reader's language by the web layer), its arguments,
 * the input field it concerns if any, and the kind of rejection, which the web layer maps to an HTTP status. Domain
 * code never answers with a status itself.
 */
public class DomainException extends RuntimeException {

	/** What went wrong, in the caller's terms. */
	public enum Kind {

		/** The input is malformed or breaks a rule about its form (400). */
		INVALID,
		/** The thing does not exist, or the caller may not know that it exists (404). */
		NOT_FOUND,
		/** The caller is known but may not do this (403). */
		NOT_PERMITTED,
		/** The request clashes with the current state, e.g. a duplicate or a disallowed transition (409). */
		CONFLICT,
		/** Well-formed, but the platform lacks what it needs to answer, e.g. a missing calendar year (422). */
		UNPROCESSABLE,
		/** The caller asked too often; {@link RateLimited} says when to try again (429). */
		TOO_MANY

	}

	private final Kind kind;

	private final String messageKey;

	private final Object[] arguments;

	private final String field;

	public DomainException(Kind kind, String field, String messageKey, Object... arguments) {
		super(messageKey + (field == null ? "" : " [" + field + "]") + " " + Arrays.toString(arguments));
		this.kind = kind;
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public static DomainException invalid(String field, String messageKey, Object... arguments) {
		return new DomainException(Kind.INVALID, field, messageKey, arguments);
	}

	public static DomainException notFound(String messageKey, Object... arguments) {
		return new DomainException(Kind.NOT_FOUND, null, messageKey, arguments);
	}

	public static DomainException notPermitted(String messageKey, Object... arguments) {
		return new DomainException(Kind.NOT_PERMITTED, null, messageKey, arguments);
	}

	public static DomainException conflict(String field, String messageKey, Object... arguments) {
		return new DomainException(Kind.CONFLICT, field, messageKey, arguments);
	}

	public Kind kind() {
		return kind;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/** The input field this concerns, or null. */
	public String field() {
		return field;
	}

}
