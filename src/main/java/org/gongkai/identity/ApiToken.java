package org.gongkai.identity;

import java.time.Instant;

/** A personal API token as its owner sees it: the secret itself is shown once, at creation, and never stored. */
public record ApiToken(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt)
		implements java.io.Serializable {
}
