package org.gongkai.publishing;

import java.util.List;

/**
 * What a new version of a published document changes against the live one, for the reviewer who approves it: the
 * fields that differ, the body's difference unit by unit ({@link TextDiff}), and the files added and taken off.
 *
 * @param liveRevision the number of the version that stays live until this one is approved
 * @param bodyChanged whether the body differs at all (else {@code body} is the text unchanged)
 */
public record Correction(int liveRevision, List<FieldChange> fields, List<TextDiff.Segment> body, boolean bodyChanged,
		List<String> attachmentsAdded, List<String> attachmentsRemoved) {

	/**
	 * One field that differs; with {@code keys} the values are message keys (a validity, a disclosure method) that
	 * the page words, else the text itself; a missing value is null.
	 */
	public record FieldChange(String labelKey, String before, String after, boolean keys) {
	}

	/** Whether nothing differs from the live version yet. */
	public boolean unchanged() {
		return fields.isEmpty() && !bodyChanged && attachmentsAdded.isEmpty() && attachmentsRemoved.isEmpty();
	}

}
