package org.gongkai.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.identity.AgencyId;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.FileNames;
import org.gongkai.platform.FileStore;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Attachment files and their rows. A file is kept once in the {@link FileStore}'s {@code documents} area by its
 * SHA-256 before its row commits, with the text extracted from it ({@link AttachmentContent}) for the
 * confidentiality check; the site links it into each generation.
 */
@Component
class Attachments {

	private final JdbcClient jdbc;

	private static final String AREA = "documents";

	private final FileStore files;

	private final DataSize maxSize;

	Attachments(JdbcClient jdbc, FileStore files,
			@Value("${gongkai.publishing.attachment-max-size:20MB}") DataSize maxSize) {
		this.jdbc = jdbc;
		this.files = files;
		this.maxSize = maxSize;
	}

	long add(Document document, String agencyCode, String fileName, byte[] content, String by, Instant at) {
		String name = FileNames.clean(fileName);
		if (name.isEmpty() || content.length == 0) {
			throw DomainException.invalid("file", "publishing.attachment.empty");
		}
		if (content.length > maxSize.toBytes()) {
			throw DomainException.invalid("file", "publishing.attachment.tooLarge", name, maxSize.toMegabytes());
		}
		AttachmentType type = AttachmentType.sniff(name, content);
		boolean taken = jdbc.sql("""
				select exists (select 1 from document_attachment
				               where document_id = :document and file_name = :name and removed_in is null)""")
			.param("document", document.id)
			.param("name", name)
			.query(Boolean.class)
			.single();
		if (taken) {
			throw DomainException.conflict("file", "publishing.attachment.duplicate", name);
		}
		String sha256 = files.keep(AREA, content);
		return jdbc.sql("""
				insert into document_attachment (document_id, file_name, media_type, size, sha256, added_in,
				                                 uploaded_by, uploaded_at, text)
				values (:document, :name, :type, :size, :sha, :addedIn, :by, :at, :text) returning id""")
			.param("text", AttachmentContent.text(name, type, content))
			.param("document", document.id)
			.param("name", name)
			.param("type", type.mediaType())
			.param("size", content.length)
			.param("sha", sha256)
			.param("addedIn", document.revision + 1)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/**
	 * Takes a file off the document's next version; a file that was never published is forgotten at once. Returns
	 * its name.
	 */
	String remove(Document document, long attachmentId) {
		String name = jdbc.sql("""
				select file_name from document_attachment
				where id = :id and document_id = :document and removed_in is null""")
			.param("id", attachmentId)
			.param("document", document.id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> DomainException.notFound("publishing.attachment.notFound", attachmentId));
		jdbc.sql("delete from document_attachment where id = :id and added_in > :revision")
			.param("id", attachmentId)
			.param("revision", document.revision)
			.update();
		jdbc.sql("update document_attachment set removed_in = :next where id = :id")
			.param("id", attachmentId)
			.param("next", document.revision + 1)
			.update();
		return name;
	}

	/** The files of a document's working copy (what its next version will carry). */
	List<Attachment> current(long documentId, String agencyCode) {
		return jdbc.sql("""
				select * from document_attachment where document_id = :document and removed_in is null order by id""")
			.param("document", documentId)
			.query((rs, row) -> attachment(rs, agencyCode))
			.list();
	}

	/**
	 * The text of each file of a document's working copy, by file name in the order they were added, as the
	 * confidentiality check reads it: extracted once on upload; a file kept before the text was stored is read once
	 * and its text stored then.
	 */
	Map<String, String> texts(long documentId) {
		Map<String, String> texts = new LinkedHashMap<>();
		jdbc.sql("""
				select id, file_name, media_type, sha256, text from document_attachment
				where document_id = :document and removed_in is null order by id""")
			.param("document", documentId)
			.query((rs, row) -> Map.entry(rs.getString("file_name"), textOf(rs)))
			.list()
			.forEach(entry -> texts.put(entry.getKey(), entry.getValue()));
		return texts;
	}

	/** A row's stored text; for a file kept before the text was stored, read once and stored now. */
	private String textOf(ResultSet rs) throws SQLException {
		String text = rs.getString("text");
		return text != null ? text : stored(rs.getLong("id"), rs.getString("file_name"),
				AttachmentType.ofMediaType(rs.getString("media_type")), rs.getString("sha256"));
	}

	private String stored(long id, String fileName, AttachmentType type, String sha256) {
		try {
			String text = AttachmentContent.text(fileName, type, Files.readAllBytes(file(sha256)));
			jdbc.sql("update document_attachment set text = :text where id = :id")
				.param("text", text)
				.param("id", id)
				.update();
			return text;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The files of every document's live version in an agency, by document. */
	Map<Long, List<Attachment>> live(AgencyId agency, String agencyCode) {
		return jdbc.sql("""
				select f.* from document_attachment f join document d on d.id = f.document_id
				where d.agency_id = :agency and f.added_in <= d.revision
				  and (f.removed_in is null or f.removed_in > d.revision)
				order by f.id""")
			.param("agency", agency.value())
			.query((rs, row) -> attachment(rs, agencyCode))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Attachment::documentId));
	}

	/**
	 * The text of the files of the live versions of these documents, by document, as stored on upload (a file kept
	 * before the text was stored is read once and its text stored then).
	 */
	Map<Long, List<PublishedDocuments.AttachmentFileText>> liveTexts(Collection<Long> documentIds) {
		if (documentIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select f.id, f.document_id, f.file_name, f.media_type, f.sha256, f.text
				from document_attachment f join document d on d.id = f.document_id
				where f.document_id in (:documents) and f.added_in <= d.revision
				  and (f.removed_in is null or f.removed_in > d.revision)
				order by f.id""")
			.param("documents", documentIds)
			.query((rs, row) -> Map.entry(rs.getLong("document_id"),
					new PublishedDocuments.AttachmentFileText(rs.getString("file_name"), textOf(rs))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/** Where the bytes of a file with this hash are kept. */
	Path file(String sha256) {
		return files.path(AREA, sha256);
	}

	private static Attachment attachment(ResultSet rs, String agencyCode) throws SQLException {
		return new Attachment(rs.getLong("id"), rs.getLong("document_id"), agencyCode, rs.getString("file_name"),
				AttachmentType.ofMediaType(rs.getString("media_type")), rs.getLong("size"), rs.getString("sha256"));
	}

}
