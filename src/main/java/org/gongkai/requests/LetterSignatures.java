package org.gongkai.requests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.platform.Crypto;
import org.gongkai.platform.DurableFiles;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.Sm2Signatures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Detached SM2 signatures on the PDF letters and notices an application keeps (issue 19): with
 * {@code gongkai.crypto=sm}, each PDF letter is signed ({@link Sm2Signatures}, the key whose public half the portal
 * publishes) and the signature, in base64, is kept beside it as {@code <file>.sm2}; the row records that it was
 * signed. {@link #verify} checks every signed letter, whatever the mode now: a signature file gone, or one that does
 * not hold for the file's bytes (the letter or the signature changed), is reported. Letters kept before the switch
 * carry none and are not reported.
 */
@Component
class LetterSignatures {

	/** The suffix of a signature file beside its letter. */
	static final String SUFFIX = ".sm2";

	private final JdbcClient jdbc;

	private final Path root;

	private final Crypto crypto;

	private final Sm2Signatures signatures;

	LetterSignatures(JdbcClient jdbc, GongkaiProperties properties, Crypto crypto, Sm2Signatures signatures) {
		this.jdbc = jdbc;
		this.root = properties.files();
		this.crypto = crypto;
		this.signatures = signatures;
	}

	/** What the check found: how many signed letters it read, and those whose signature is missing or bad. */
	record Check(int checked, List<Long> missing, List<Long> bad) {

		boolean holds() {
			return missing.isEmpty() && bad.isEmpty();
		}

	}

	/** In the national-algorithm mode, signs the letter kept at {@code relative} and records it; else nothing. */
	void sign(long documentId, Path relative, byte[] pdf) {
		if (crypto.suite() != Crypto.Suite.SM) {
			return;
		}
		try {
			DurableFiles.writeString(root.resolve(relative + SUFFIX), signatures.sign(pdf));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot keep the signature of " + relative, e);
		}
		jdbc.sql("update request_document set sm2_signed = true where id = :id").param("id", documentId).update();
	}

	/** Checks the signature of every signed letter (ids of the documents reported). */
	Check verify() {
		List<Long> missing = new ArrayList<>();
		List<Long> bad = new ArrayList<>();
		int[] checked = { 0 };
		jdbc.sql("select id, storage_path from request_document where sm2_signed order by id").query(rs -> {
			long id = rs.getLong("id");
			Path file = root.resolve(rs.getString("storage_path"));
			Path signature = root.resolve(rs.getString("storage_path") + SUFFIX);
			checked[0]++;
			if (!Files.isRegularFile(signature)) {
				missing.add(id);
			}
			else if (!holds(file, signature)) {
				bad.add(id);
			}
		});
		return new Check(checked[0], List.copyOf(missing), List.copyOf(bad));
	}

	private boolean holds(Path file, Path signature) {
		try {
			return Files.isRegularFile(file)
					&& signatures.verify(Files.readAllBytes(file), Files.readString(signature, StandardCharsets.US_ASCII));
		}
		catch (IOException e) {
			return false;
		}
	}

}
