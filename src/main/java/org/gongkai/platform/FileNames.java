package org.gongkai.platform;

/**
 * The name an uploaded file is kept and shown under: the last segment of what the browser sent, without control
 * and invisible formatting characters — above all the bidirectional overrides (U+202E turns {@code 报告‮fdp.exe}
 * into what reads as {@code 报告exe.pdf}, issue 22) — and at most {@link #MAX_LENGTH} characters, its extension kept.
 */
public final class FileNames {

	public static final int MAX_LENGTH = 200;

	private FileNames() {
	}

	/** The clean name; empty when nothing visible is left. */
	public static String clean(String sent) {
		if (sent == null) {
			return "";
		}
		String last = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
		StringBuilder name = new StringBuilder(last.length());
		last.codePoints().filter(FileNames::visible).forEach(name::appendCodePoint);
		String clean = name.toString().strip();
		if (clean.equals(".") || clean.equals("..")) {
			return "";
		}
		if (clean.length() <= MAX_LENGTH) {
			return clean;
		}
		int dot = clean.lastIndexOf('.');
		String extension = dot > 0 && clean.length() - dot <= 10 ? clean.substring(dot) : "";
		return clean.substring(0, MAX_LENGTH - extension.length()) + extension;
	}

	private static boolean visible(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
					Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
			default -> true;
		};
	}

}
