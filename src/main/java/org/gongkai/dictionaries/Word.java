package org.gongkai.dictionaries;

import java.time.Instant;

/**
 * An entry of a dictionary: the term (a word, a group of words, a variant) and, where the dictionary has one, its
 * value (the standard term, the suggested replacement); who added it and when (null for the shipped entries, whose id
 * is 0).
 */
public record Word(long id, String term, String value, String createdBy, Instant createdAt) {

	/** A shipped entry. */
	public static Word shipped(String term, String value) {
		return new Word(0, term, value, null, null);
	}

}
