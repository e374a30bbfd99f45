package org.gongkai.identity;

/** Typed id of an {@code Agency}; other modules refer to agencies by it. */
public record AgencyId(long value) {
}
