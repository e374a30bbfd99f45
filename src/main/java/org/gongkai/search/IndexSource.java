package org.gongkai.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.gongkai.platform.Beijing;
import org.gongkai.publishing.DocumentStatus;
import org.gongkai.publishing.Validity;
import org.jsoup.Jsoup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what the index should hold from the database: a read model over publishing's tables ({@code document}, its
 * latest {@code document_revision}, its agency and column), as publishing's own read models join identity's. A
 * document yields a {@link Visibility#LIVE} entry from its latest published revision unless it is withdrawn, and a
 * {@link Visibility#WORKING} entry from its back-office copy unless that copy is the live one (status PUBLISHED).
 */
@Component
class IndexSource {

	private static final String SELECT = """
			select d.id, d.version, d.status, a.code as agency_code, a.name as agency_name, a.path as agency_path,
			       c.code as column_code, c.name as column_name, d.keywords, d.genre, d.index_number,
			       d.title, d.body_html, d.summary, d.document_number, d.written_on, d.validity,
			       r.title as r_title, r.body_html as r_body_html, r.summary as r_summary,
			       r.document_number as r_document_number, r.written_on as r_written_on, r.validity as r_validity,
			       r.published_at as r_published_at
			from document d
			join agency a on a.id = d.agency_id
			join catalog_column c on c.id = d.column_id
			left join document_revision r on r.document_id = d.id and r.revision = d.revision
			""";

	private final JdbcClient jdbc;

	private final ObjectProvider<AttachmentTexts> attachments;

	IndexSource(JdbcClient jdbc, ObjectProvider<AttachmentTexts> attachments) {
		this.jdbc = jdbc;
		this.attachments = attachments;
	}

	/** The entries of these documents as the database holds them now. */
	List<IndexEntry> entriesOf(Collection<Long> documentIds) {
		if (documentIds.isEmpty()) {
			return List.of();
		}
		List<Row> rows = jdbc.sql(SELECT + " where d.id = any(:ids)")
			.param("ids", documentIds.stream().mapToLong(Long::longValue).toArray())
			.query(IndexSource::row)
			.list();
		return entries(rows);
	}

	/** Every document, in batches of entries in id order, for a rebuild; answers how many documents it read. */
	long eachBatch(int batchSize, Consumer<List<IndexEntry>> batch) {
		long after = 0;
		long read = 0;
		while (true) {
			List<Row> rows = jdbc.sql(SELECT + " where d.id > :after order by d.id limit :size")
				.param("after", after)
				.param("size", batchSize)
				.query(IndexSource::row)
				.list();
			if (rows.isEmpty()) {
				return read;
			}
			batch.accept(entries(rows));
			read += rows.size();
			after = rows.get(rows.size() - 1).id;
		}
	}

	long documents() {
		return jdbc.sql("select count(*) from document").query(Long.class).single();
	}

	/** The documents whose index entries differ from the database (or that the database no longer has). */
	List<Long> stale(IndexedVersions indexed, boolean workingOnly) {
		List<Long> stale = new ArrayList<>();
		List<Long> inDatabase = new ArrayList<>();
		jdbc.sql("select id, version from document" + (workingOnly ? " where status in ('DRAFT', 'SUBMITTED')" : ""))
			.query((ResultSet rs) -> {
				long id = rs.getLong(1);
				if (!workingOnly) {
					inDatabase.add(id);
				}
				if (indexed.versionOf(id) != rs.getInt(2)) {
					stale.add(id);
				}
			});
		if (!workingOnly) {
			long[] known = inDatabase.stream().mapToLong(Long::longValue).sorted().toArray();
			Arrays.stream(indexed.documentIds()).filter(id -> Arrays.binarySearch(known, id) < 0).forEach(stale::add);
		}
		return stale;
	}

	private List<IndexEntry> entries(List<Row> rows) {
		Map<Long, List<AttachmentText>> texts = attachments.stream()
			.findFirst()
			.map(source -> source.of(rows.stream().map(Row::id).toList()))
			.orElse(Map.of());
		List<IndexEntry> entries = new ArrayList<>();
		for (Row row : rows) {
			List<AttachmentText> files = texts.getOrDefault(row.id, List.of());
			if (row.revisionTitle != null && row.status != DocumentStatus.WITHDRAWN) {
				entries.add(row.live(files));
			}
			if (row.status != DocumentStatus.PUBLISHED) {
				entries.add(row.working(files));
			}
		}
		return entries;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getInt("version"), DocumentStatus.valueOf(rs.getString("status")),
				rs.getString("agency_code"), rs.getString("agency_name"), rs.getString("agency_path"),
				rs.getString("column_code"), rs.getString("column_name"), rs.getString("keywords"),
				rs.getString("genre"), rs.getString("index_number"), rs.getString("title"), rs.getString("body_html"),
				rs.getString("summary"), rs.getString("document_number"), rs.getObject("written_on", LocalDate.class),
				Validity.valueOf(rs.getString("validity")), rs.getString("r_title"), rs.getString("r_body_html"),
				rs.getString("r_summary"), rs.getString("r_document_number"),
				rs.getObject("r_written_on", LocalDate.class),
				rs.getString("r_validity") == null ? null : Validity.valueOf(rs.getString("r_validity")),
				rs.getTimestamp("r_published_at") == null ? null
						: LocalDate.ofInstant(rs.getTimestamp("r_published_at").toInstant(), Beijing.ZONE));
	}

	private record Row(long id, int version, DocumentStatus status, String agencyCode, String agencyName,
			String agencyPath, String columnCode, String columnName, String keywords, String genre,
			String indexNumber, String title, String bodyHtml, String summary, String documentNumber,
			LocalDate writtenOn, Validity validity, String revisionTitle, String revisionBodyHtml,
			String revisionSummary, String revisionDocumentNumber, LocalDate revisionWrittenOn,
			Validity revisionValidity, LocalDate publishedOn) {

		IndexEntry live(List<AttachmentText> files) {
			return new IndexEntry(id, version, Visibility.LIVE, DocumentStatus.PUBLISHED, agencyCode, agencyName,
					scope(), columnCode, columnName, revisionTitle, text(revisionBodyHtml), revisionSummary, keywords,
					genre, revisionDocumentNumber, indexNumber, revisionWrittenOn, publishedOn, revisionValidity,
					"/site/" + agencyCode + "/documents/" + id + ".html", files);
		}

		IndexEntry working(List<AttachmentText> files) {
			return new IndexEntry(id, version, Visibility.WORKING, status, agencyCode, agencyName, scope(),
					columnCode, columnName, title, text(bodyHtml), summary, keywords, genre, documentNumber,
					indexNumber, writtenOn, publishedOn, validity, "/admin/documents/" + id, files);
		}

		/** {@code /root/child/} → [root, child]. */
		private List<String> scope() {
			return Arrays.stream(agencyPath.split("/")).filter(code -> !code.isEmpty()).toList();
		}

		private static String text(String html) {
			return html == null ? "" : Jsoup.parse(html).text();
		}

	}

}
