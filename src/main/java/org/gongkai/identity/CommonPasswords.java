package org.gongkai.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The common passwords of the shipped list {@code identity/common-passwords.txt}: an entry itself, or an entry with
 * look-alike characters ({@code p@ssw0rd}) and digits or symbols before or after it ({@code Password12},
 * {@code 2024qwerty!}), compared case-insensitively.
 */
final class CommonPasswords {

	private static final String LIST = "identity/common-passwords.txt";

	private static final Set<String> ENTRIES = load();

	private CommonPasswords() {
	}

	static boolean isCommon(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		if (ENTRIES.contains(lower) || ENTRIES.contains(trimSymbols(lower))) {
			return true;
		}
		String core = core(lower);
		return core.isEmpty() || ENTRIES.contains(core) || ENTRIES.contains(readBack(core));
	}

	/** The password without the digits and symbols before and after its letters. */
	private static String core(String password) {
		int from = 0;
		int to = password.length();
		while (from < to && !Character.isLetter(password.charAt(from))) {
			from++;
		}
		while (to > from && !Character.isLetter(password.charAt(to - 1))) {
			to--;
		}
		return password.substring(from, to);
	}

	private static String trimSymbols(String password) {
		int to = password.length();
		while (to > 0 && !Character.isLetterOrDigit(password.charAt(to - 1))) {
			to--;
		}
		return password.substring(0, to);
	}

	/** Look-alike characters read back as the letters they stand for: {@code p@ssw0rd} is {@code password}. */
	private static String readBack(String core) {
		StringBuilder letters = new StringBuilder(core.length());
		for (char c : core.toCharArray()) {
			letters.append(switch (c) {
				case '0' -> 'o';
				case '1', '!' -> 'i';
				case '3' -> 'e';
				case '4', '@' -> 'a';
				case '5', '$' -> 's';
				case '7' -> 't';
				default -> c;
			});
		}
		return letters.toString();
	}

	private static Set<String> load() {
		Set<String> entries = new HashSet<>();
		try (InputStream in = CommonPasswords.class.getClassLoader().getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException(LIST + " is missing from the classpath");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String entry = line.strip();
				if (!entry.isEmpty() && !entry.startsWith("#")) {
					entries.add(entry.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Set.copyOf(entries);
	}

}
