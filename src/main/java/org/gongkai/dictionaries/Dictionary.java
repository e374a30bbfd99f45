package org.gongkai.dictionaries;

import java.util.List;

import org.gongkai.platform.InvalidInput.Violations;

/**
 * What a module says about one of its dictionaries: its code (the key of its rows), the address and section of its
 * admin page, the message keys of the page, the audit's names for a change ({@code <audit>_ADDED}, subject
 * {@code <subject>:<term>}), the shipped entries (shown, not changed) and how a typed entry is checked and written.
 *
 * @param value the message key of the value column, or null where entries are single terms
 */
public record Dictionary(String code, String path, String section, String title, String intro, String term,
		String value, String audit, String subject, List<Word> shipped, Rule rule) {

	/** How a typed entry is checked and normalised; the violations name the fields {@code term} and {@code value}. */
	@FunctionalInterface
	public interface Rule {

		/** The entry as it is stored (term, value), or null if violations were added. */
		Word check(String term, String value, Violations violations);

	}

	/** Terms and values stripped, required where the dictionary has them, and of at most the lengths given. */
	public static Rule plain(int termLength, int valueLength) {
		return (term, value, violations) -> {
			boolean ok = violations.require("term", term);
			if (ok && term.strip().length() > termLength) {
				violations.add("term", "dictionaries.tooLong", termLength);
				ok = false;
			}
			if (valueLength > 0) {
				boolean valued = violations.require("value", value);
				if (valued && value.strip().length() > valueLength) {
					violations.add("value", "dictionaries.tooLong", valueLength);
					valued = false;
				}
				ok &= valued;
			}
			return ok ? Word.shipped(term.strip(), valueLength > 0 ? value.strip() : null) : null;
		};
	}

	/** Whether entries have a value beside the term. */
	public boolean valued() {
		return value != null;
	}

}
