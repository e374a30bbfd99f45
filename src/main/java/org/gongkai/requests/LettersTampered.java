package org.gongkai.requests;

import java.util.List;

import org.gongkai.audit.PlatformEvent;

/**
 * The scheduled check found letters whose SM2 signature is missing or does not hold (the letter or its signature was
 * changed); the ids are those of the documents ({@code request_document}).
 */
public record LettersTampered(List<Long> missing, List<Long> bad) implements PlatformEvent {

	@Override
	public String action() {
		return "LETTER_SIGNATURE_FAILED";
	}

	@Override
	public String subject() {
		return "letters:" + (missing.size() + bad.size());
	}

	@Override
	public String summary() {
		return "signature missing: " + missing.stream().limit(20).toList() + "; not holding: "
				+ bad.stream().limit(20).toList();
	}

}
