package org.gongkai.requests;

/** The receipt of an online application: the tracking number and the secret query code, shown once. */
public record Submitted(String trackingNumber, String queryCode, String agencyName) implements java.io.Serializable {
}
