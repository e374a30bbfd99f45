package org.gongkai.interaction;

/**
 * What a member of the public asks. A phone number or an e-mail address is required so that staff can come back to
 * them; {@code publishAgreed} says whether the question and answer may appear in the public Q&A list.
 */
public record Question(String name, String phone, String email, String subject, String question,
		boolean publishAgreed) {
}
