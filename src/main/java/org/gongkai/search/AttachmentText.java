package org.gongkai.search;

/**
 * The text of one attachment (PDF, DOCX, XLSX) of a document, indexed with it and shown in snippets.
 *
 * @param name the file name as published
 * @param text the plain text extracted from the file
 */
public record AttachmentText(String name, String text) {
}
