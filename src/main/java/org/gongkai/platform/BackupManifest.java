package org.gongkai.platform;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup archive holds, written as {@code manifest.json}: the archive format, the versions of the application
 * and of the database schema (Flyway) that wrote it, when, each table with its columns and rows in load order, the
 * sequences' positions, the live site generation, and the SHA-256 of every other entry of the archive.
 *
 * @param format the archive format ({@link #FORMAT}); a restore refuses formats it does not know
 * @param application the version of Gongkai that wrote the archive
 * @param schemaVersion the Flyway version of the schema the rows belong to
 * @param created when the database snapshot was taken (UTC, ISO-8601)
 * @param database the server's {@code version()}
 * @param tables the tables in load order
 * @param sequences the sequences' positions
 * @param site the live site generation, or null when nothing was published yet
 * @param entries every entry of the archive but the manifest, with its SHA-256
 */
record BackupManifest(int format, String application, String schemaVersion, String created, String database,
		List<TableEntry> tables, List<DatabaseTables.SequencePosition> sequences, SiteEntry site,
		Map<String, String> entries) {

	/** The current archive format. */
	static final int FORMAT = 1;

	static final String NAME = "manifest.json";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/**
	 * A table's rows: the archive entry (CSV with a header, as PostgreSQL's COPY writes it), its columns and the
	 * number of rows.
	 */
	record TableEntry(String name, String entry, List<String> columns, long rows) {
	}

	/**
	 * The live site generation: its name and the top-level folders that are links to a version of an agency's files
	 * (they are restored the same way).
	 */
	record SiteEntry(String generation, List<String> agencies) {
	}

	byte[] json() {
		return JSON.writeValueAsBytes(this);
	}

	static BackupManifest read(byte[] json) {
		return JSON.readValue(json, BackupManifest.class);
	}

}
