package org.gongkai.identity;

/**
 * A proof-of-work challenge for a login (issue 19): the browser finds a counter such that SHA-256 of
 * {@code nonce + ":" + counter} (UTF-8) starts with {@code difficulty} zero bits, and sends the counter with the
 * signed {@code token}. Without JavaScript, a login {@code waitSeconds} after the account's last attempt is accepted
 * without the proof.
 */
public record LoginChallenge(String token, String nonce, int difficulty, long waitSeconds) {
}
