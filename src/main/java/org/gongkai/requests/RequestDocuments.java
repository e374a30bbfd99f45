package org.gongkai.requests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.gongkai.platform.DurableFiles;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.Sha256;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps an application's files under {@code requests/{id}/} of the files directory ({@code gongkai.files-dir}),
 * written durably (a forced temporary file moved into place, see {@link DurableFiles}) before the row that records
 * what each is and its SHA-256 is inserted, so that a committed row always has its complete file.
 */
@Component
class RequestDocuments {

	static final String PDF = "application/pdf";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final JdbcClient jdbc;

	private final Path root;

	private final LetterRenderer renderer;

	private final Clock clock;

	private final LetterSignatures signatures;

	RequestDocuments(JdbcClient jdbc, GongkaiProperties properties, LetterRenderer renderer, Clock clock,
			LetterSignatures signatures) {
		this.jdbc = jdbc;
		this.root = properties.files();
		this.renderer = renderer;
		this.clock = clock;
		this.signatures = signatures;
	}

	/**
	 * Renders a letter to PDF and DOCX and keeps both with the application; with {@code gongkai.crypto=sm} the PDF
	 * also gets its SM2 signature beside it ({@link LetterSignatures}).
	 */
	void keepLetter(long requestId, Letter letter) {
		boolean forApplicant = letter.kind() != Letter.Kind.CONSULTATION_LETTER;
		String name = letter.title() + "-" + letter.date();
		byte[] pdf = renderer.pdf(letter);
		long id = store(requestId, letter.kind().name(), name + ".pdf", PDF, pdf, forApplicant);
		signatures.sign(id, relative(requestId, sha256(pdf), name + ".pdf"), pdf);
		store(requestId, letter.kind().name(), name + ".docx", DOCX, renderer.docx(letter), forApplicant);
	}

	long store(long requestId, String kind, String fileName, String contentType, byte[] bytes, boolean forApplicant) {
		String sha256 = sha256(bytes);
		Path relative = relative(requestId, sha256, fileName);
		Path target = root.resolve(relative);
		try {
			DurableFiles.write(target, bytes);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot keep " + fileName, e);
		}
		return jdbc.sql("""
				insert into request_document (request_id, kind, file_name, content_type, size_bytes, sha256,
				                              storage_path, public, created_at)
				values (:request, :kind, :name, :type, :size, :sha, :path, :public, :at) returning id""")
			.param("request", requestId)
			.param("kind", kind)
			.param("name", fileName)
			.param("type", contentType)
			.param("size", bytes.length)
			.param("sha", sha256)
			.param("path", relative.toString())
			.param("public", forApplicant)
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	List<RequestDocument> of(long requestId) {
		return jdbc.sql("""
				select id, request_id, kind, file_name, content_type, size_bytes, public, created_at
				from request_document where request_id = :id order by id""")
			.param("id", requestId)
			.query((rs, row) -> new RequestDocument(rs.getLong("id"), rs.getLong("request_id"), rs.getString("kind"),
					rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
					rs.getBoolean("public"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** How many files of the information provided (uploaded by the officers) the application has. */
	int providedCount(long requestId) {
		return jdbc.sql("select count(*) from request_document where request_id = :id and kind = 'PROVIDED'")
			.param("id", requestId)
			.query(Integer.class)
			.single();
	}

	/** The bytes of a document of the given application. */
	Optional<byte[]> content(long requestId, long documentId) {
		return jdbc.sql("select storage_path from request_document where id = :doc and request_id = :request")
			.param("doc", documentId)
			.param("request", requestId)
			.query(String.class)
			.optional()
			.map(path -> {
				try {
					return Files.readAllBytes(root.resolve(path));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
	}

	private static Path relative(long requestId, String sha256, String fileName) {
		return Path.of("requests", Long.toString(requestId), sha256 + extension(fileName));
	}

	private static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot);
	}

	private static String sha256(byte[] bytes) {
		return Sha256.hex(bytes);
	}

}
