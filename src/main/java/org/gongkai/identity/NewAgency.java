package org.gongkai.identity;

/** What it takes to create an agency below an existing one. */
public record NewAgency(String code, String name, String parentCode, String creditCode, AgencyLevel level) {
}
