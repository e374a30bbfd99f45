package org.gongkai.audit;

/**
 * The result of re-computing the audit chain.
 *
 * @param firstBrokenEntry the id of the first entry whose hash, or whose link to the entry before, does not hold;
 * null when the chain is intact
 */
public record ChainVerification(long entries, boolean valid, Long firstBrokenEntry) {
}
