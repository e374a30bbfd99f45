package org.gongkai.publishing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compares the working copy of a published document with its live version (the last kept in
 * {@code document_revision}): a correction is reviewed against what readers see now.
 */
@Component
class Corrections {

	private final JdbcClient jdbc;

	Corrections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Live(String columnName, String title, String bodyHtml, String summary, String keywords,
			String genre, String topic, String disclosureMethod, String documentNumber, LocalDate writtenOn,
			String validity, List<String> carriers) {
	}

	/** The difference, for a document with a live version that is not withdrawn and whose working copy is new. */
	Optional<Correction> of(Document d, String columnName) {
		if (d.revision == 0 || d.status == DocumentStatus.PUBLISHED || d.status == DocumentStatus.WITHDRAWN) {
			return Optional.empty();
		}
		Live live = jdbc.sql("""
				select c.name as column_name, r.title, r.body_html, r.summary, r.keywords, r.genre, r.topic,
				       r.disclosure_method, r.document_number, r.written_on, r.validity, r.carriers
				from document_revision r join catalog_column c on c.id = r.column_id
				where r.document_id = :id and r.revision = :revision""")
			.param("id", d.id)
			.param("revision", d.revision)
			.query((rs, row) -> new Live(rs.getString("column_name"), rs.getString("title"),
					rs.getString("body_html"), rs.getString("summary"), rs.getString("keywords"),
					rs.getString("genre"), rs.getString("topic"), rs.getString("disclosure_method"),
					rs.getString("document_number"), rs.getObject("written_on", LocalDate.class),
					rs.getString("validity"), PublishedDocuments.carriers(rs, "carriers")))
			.optional()
			.orElse(null);
		if (live == null) {
			return Optional.empty();
		}
		List<Correction.FieldChange> fields = new ArrayList<>();
		field(fields, "documents.column", live.columnName(), columnName, false);
		field(fields, "documents.title", live.title(), d.title, false);
		field(fields, "documents.summary", live.summary(), d.summary, false);
		field(fields, "documents.keywords", live.keywords(), d.keywords, false);
		field(fields, "documents.genre", live.genre(), d.genre, false);
		field(fields, "documents.topic", live.topic() == null ? null : Topic.valueOf(live.topic()).label(),
				d.topic == null ? null : d.topic.label(), false);
		field(fields, "documents.disclosureMethod", "documents.disclosureMethod." + live.disclosureMethod(),
				"documents.disclosureMethod." + d.disclosureMethod, true);
		field(fields, "documents.carriers", String.join("、", live.carriers()), String.join("、", d.carriers), false);
		field(fields, "documents.documentNumber", live.documentNumber(), d.documentNumber, false);
		field(fields, "documents.writtenOn", Objects.toString(live.writtenOn(), null),
				Objects.toString(d.writtenOn, null), false);
		field(fields, "documents.validity", "documents.validity." + live.validity(), "documents.validity." + d.validity,
				true);
		List<TextDiff.Segment> body = TextDiff.of(ReviewCopy.plainText(live.bodyHtml()),
				ReviewCopy.plainText(d.bodyHtml));
		return Optional.of(new Correction(d.revision, fields, body, TextDiff.changed(body),
				attachments(d, "f.added_in > :revision and f.removed_in is null"),
				attachments(d, "f.added_in <= :revision and f.removed_in > :revision")));
	}

	private List<String> attachments(Document d, String condition) {
		return jdbc.sql("select f.file_name from document_attachment f where f.document_id = :id and " + condition
				+ " order by f.id")
			.param("id", d.id)
			.param("revision", d.revision)
			.query(String.class)
			.list();
	}

	private static void field(List<Correction.FieldChange> into, String label, String before, String after,
			boolean keys) {
		if (!Objects.equals(before, after)) {
			into.add(new Correction.FieldChange(label, before, after, keys));
		}
	}

}
