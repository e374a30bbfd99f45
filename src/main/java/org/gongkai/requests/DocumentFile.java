package org.gongkai.requests;

/** The bytes of a kept document, to download. */
public record DocumentFile(String fileName, String contentType, byte[] bytes) {
}
