package org.gongkai.appeals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.FileNames;
import org.gongkai.platform.FileStore;
import org.gongkai.platform.FileType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The documents of a case: staff who work on the case add the decision or judgment (PDF, Word, a scan), recognised by
 * its content and at most {@code gongkai.appeals.document-max-size}; everyone who reads the case reads them.
 */
@Service
public class AppealDocuments {

	private static final String AREA = "appeals";

	private final JdbcClient jdbc;

	private final Appeals appeals;

	private final FileStore files;

	private final DataSize maxSize;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AppealDocuments(JdbcClient jdbc, Appeals appeals, FileStore files,
			@Value("${gongkai.appeals.document-max-size:20MB}") DataSize maxSize, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.appeals = appeals;
		this.files = files;
		this.maxSize = maxSize;
		this.events = events;
		this.clock = clock;
	}

	public List<AppealDocument> of(Staff staff, long appealId) {
		appeals.readableCase(staff, appealId);
		return jdbc.sql("select * from appeal_document where appeal_id = :appeal order by id")
			.param("appeal", appealId)
			.query(AppealDocuments::map)
			.list();
	}

	/** Keeps a file with the case; refused when empty, too large, or not what its name says it is. */
	@Transactional
	public long add(Staff officer, long appealId, String fileName, byte[] content) {
		AgencyInfo agency = appeals.writableCase(officer, appealId);
		String name = FileNames.clean(fileName);
		if (name.isEmpty() || content.length == 0) {
			throw DomainException.invalid("file", "appeals.document.empty");
		}
		if (content.length > maxSize.toBytes()) {
			throw DomainException.invalid("file", "appeals.document.tooLarge", name, maxSize.toMegabytes());
		}
		FileType type = FileType.of(name, content)
			.orElseThrow(() -> DomainException.invalid("file", "appeals.document.badType", name));
		String sha256 = files.keep(AREA, content);
		long id = jdbc.sql("""
				insert into appeal_document (appeal_id, file_name, media_type, size, sha256, uploaded_by, uploaded_at)
				values (:appeal, :name, :type, :size, :sha, :by, :at) returning id""")
			.param("appeal", appealId)
			.param("name", name)
			.param("type", type.mediaType())
			.param("size", content.length)
			.param("sha", sha256)
			.param("by", officer.username())
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		events.publishEvent(new AppealDocumentAdded(appealId, id, agency.code(), name, type.mediaType(),
				content.length, sha256, officer.username()));
		return id;
	}

	/** A document of a case with its bytes, exactly as they were uploaded. */
	public AppealDocument.Content content(Staff staff, long appealId, long documentId) {
		appeals.readableCase(staff, appealId);
		AppealDocument document = jdbc.sql("select * from appeal_document where id = :id and appeal_id = :appeal")
			.param("id", documentId)
			.param("appeal", appealId)
			.query(AppealDocuments::map)
			.optional()
			.orElseThrow(() -> DomainException.notFound("appeals.document.notFound", documentId));
		return new AppealDocument.Content(document, files.read(AREA, document.sha256()));
	}

	private static AppealDocument map(ResultSet rs, int row) throws SQLException {
		return new AppealDocument(rs.getLong("id"), rs.getLong("appeal_id"), rs.getString("file_name"),
				FileType.ofMediaType(rs.getString("media_type")), rs.getLong("size"), rs.getString("sha256"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
	}

}
