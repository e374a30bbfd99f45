package org.gongkai.platform;

import java.util.Locale;

/** A file's size as pages show it: whole KB (at least 1) below a megabyte, else MB with one decimal. */
public final class FileSize {

	private FileSize() {
	}

	public static String forPeople(long bytes) {
		return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB"
				: String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
	}

}
