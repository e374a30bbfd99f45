package org.gongkai.platform;

import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * The passphrase of a sealed backup: the first line of {@code --passphrase-file FILE}, or the environment variable
 * {@value #VARIABLE}; a restore of a sealed archive without either asks for it on the terminal.
 */
final class Passphrase {

	static final String VARIABLE = "GONGKAI_BACKUP_PASSPHRASE";

	private Passphrase() {
	}

	static Optional<char[]> given(CommandArguments arguments) {
		Optional<char[]> fromFile = arguments.path("passphrase-file").map(file -> {
			try {
				return Files.readAllLines(file).stream().findFirst().orElse("").strip().toCharArray();
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot read the passphrase file " + file, e);
			}
		});
		if (fromFile.isPresent()) {
			return fromFile.filter(passphrase -> passphrase.length > 0);
		}
		String variable = System.getenv(VARIABLE);
		return variable == null || variable.isBlank() ? Optional.empty() : Optional.of(variable.toCharArray());
	}

	/** Asks on the terminal; empty without one. */
	static Optional<char[]> asked() {
		Console console = System.console();
		if (console == null) {
			return Optional.empty();
		}
		char[] read = console.readPassword("备份口令 backup passphrase: ");
		return read == null || read.length == 0 ? Optional.empty() : Optional.of(read);
	}

}
