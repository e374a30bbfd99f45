package org.gongkai.requests;

import java.time.Instant;

import org.gongkai.platform.DomainException;

/**
 * What an agency adapts in its letters, around the statutory sentences that stay fixed in {@link Letters}: the body
 * that hears an administrative reconsideration (行政复议机关, since 2024 usually the people's government at the same
 * level, 《行政复议法》 art. 24), the court competent for an action against the agency (《行政诉讼法》 art. 18), the
 * contact person and telephone for the applicant, and an optional closing paragraph. Every change is a new
 * {@code version}; {@code version} 0 is the default of an agency that has saved none.
 */
public record LetterSettings(String reconsiderationBody, String court, String contactPerson, String contactPhone,
		String closingParagraph, int version, String changedBy, Instant changedAt) {

	/** The longest closing paragraph an agency may add. */
	static final int MAX_CLOSING = 500;

	public LetterSettings {
		reconsiderationBody = required("reconsiderationBody", reconsiderationBody);
		court = required("court", court);
		contactPerson = required("contactPerson", contactPerson);
		contactPhone = required("contactPhone", contactPhone);
		closingParagraph = closingParagraph == null || closingParagraph.isBlank() ? null : closingParagraph.strip();
		if (closingParagraph != null && closingParagraph.length() > MAX_CLOSING) {
			throw DomainException.invalid("closingParagraph", "requests.letterSettings.closingTooLong", MAX_CLOSING);
		}
	}

	/** Whether the agency saved its own settings (else the letters use defaults that name no court). */
	public boolean saved() {
		return version > 0;
	}

	/** A short summary of the fields for the audit log. */
	String summary() {
		return "version=" + version + ", reconsiderationBody=" + reconsiderationBody + ", court=" + court
				+ ", contactPerson=" + contactPerson + ", closingParagraph="
				+ (closingParagraph == null ? 0 : closingParagraph.length()) + " chars";
	}

	private static String required(String field, String value) {
		if (value == null || value.isBlank()) {
			throw DomainException.invalid(field, "validation.required");
		}
		return value.strip();
	}

}
