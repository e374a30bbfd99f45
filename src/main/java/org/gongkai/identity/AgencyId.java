package org.gongkai.identity;

import com.fasterxml.jackson.annotation.JsonValue;

/** Typed id of an {@code Agency}; other modules refer to agencies by it. In JSON it is the bare number. */
public record AgencyId(@JsonValue long value) implements java.io.Serializable {
}
