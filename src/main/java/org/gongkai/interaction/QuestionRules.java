package org.gongkai.interaction;

import org.gongkai.platform.ContactDetails;
import org.gongkai.platform.InvalidInput;

/** What a valid question looks like; every broken field is reported at once, in the reader's language. */
final class QuestionRules {

	static final int MAX_NAME = 50;

	static final int MAX_SUBJECT = 100;

	static final int MIN_QUESTION = 5;

	static final int MAX_QUESTION = 2000;

	private QuestionRules() {
	}

	static void check(Question q) {
		InvalidInput.Violations v = new InvalidInput.Violations();
		if (v.require("name", q.name()) && q.name().strip().length() > MAX_NAME) {
			v.add("name", "interaction.tooLong", MAX_NAME);
		}
		boolean phone = present(q.phone());
		boolean email = present(q.email());
		if (!phone && !email) {
			v.add("phone", "interaction.question.contactRequired");
		}
		if (phone && !ContactDetails.isPhone(q.phone())) {
			v.add("phone", "interaction.question.phone");
		}
		if (email && !ContactDetails.isEmail(q.email())) {
			v.add("email", "interaction.question.email");
		}
		if (v.require("subject", q.subject()) && q.subject().strip().length() > MAX_SUBJECT) {
			v.add("subject", "interaction.tooLong", MAX_SUBJECT);
		}
		if (v.require("question", q.question())) {
			int length = q.question().strip().length();
			if (length < MIN_QUESTION || length > MAX_QUESTION) {
				v.add("question", "interaction.question.length", MIN_QUESTION, MAX_QUESTION);
			}
		}
		v.throwIfAny();
	}

	static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	static String strip(String value) {
		return present(value) ? value.strip() : null;
	}

}
