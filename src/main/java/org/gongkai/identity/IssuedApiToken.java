package org.gongkai.identity;

/** A newly issued token with its secret, to be shown to its owner once. */
public record IssuedApiToken(ApiToken token, String secret) implements java.io.Serializable {
}
