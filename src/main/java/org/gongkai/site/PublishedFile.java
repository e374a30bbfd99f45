package org.gongkai.site;

import java.nio.file.Path;

/**
 * A file of a generation and the SHA-256 its manifest records, both taken from the same generation (a generation
 * never changes, so whoever keeps the pair keeps a consistent copy of that generation's file).
 */
public record PublishedFile(Path generation, Path file, String sha256) {
}
