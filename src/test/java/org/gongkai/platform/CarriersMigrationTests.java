package org.gongkai.platform;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upgrade that gives documents their carriers (公开渠道和载体, V75) puts every document there is, and every version
 * of it kept, on the 政府网站: they are all on the portal (beside DictionaryMigrationTests: the embedded server as
 * platform starts it).
 */
class CarriersMigrationTests {

	@TempDir
	Path directory;

	@Test
	void everyDocumentAndEveryKeptVersionIsOnTheGovernmentWebsite() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(directory.resolve("pg"))) {
			var dataSource = postgres.getPostgresDatabase();
			Flyway.configure().placeholderReplacement(false).dataSource(dataSource).target("74").load().migrate();
			JdbcClient jdbc = JdbcClient.create(dataSource);
			Timestamp at = Timestamp.from(Instant.parse("2026-11-30T02:00:00Z"));
			long agency = jdbc.sql("""
					insert into agency (code, name, level, path, created_at)
					values ('old-bureau', '示例区某局', 'BUREAU', '/old-bureau/', :at) returning id""")
				.param("at", at)
				.query(Long.class)
				.single();
			long column = jdbc.sql("""
					insert into catalog_column (agency_id, code, name, freshness, position)
					values (:agency, 'news', '工作动态', 'NEWS', 1) returning id""")
				.param("agency", agency)
				.query(Long.class)
				.single();
			long published = document(jdbc, agency, column, "PUBLISHED", 1, at);
			long draft = document(jdbc, agency, column, "DRAFT", 0, at);
			jdbc.sql("""
					insert into document_revision (document_id, revision, column_id, title, body_html, validity, reviewer,
					                               published_at)
					values (:id, 1, :column, '升级前发布的通知', '<p>正文</p>', 'VALID', 'reviewer', :at)""")
				.param("id", published)
				.param("column", column)
				.param("at", at)
				.update();

			Flyway.configure().placeholderReplacement(false).dataSource(dataSource).load().migrate();

			assertThat(jdbc.sql("select array_to_string(carriers, '、') from document where id in (:ids) order by id")
				.param("ids", List.of(published, draft))
				.query(String.class)
				.list()).containsExactly("政府网站", "政府网站");
			assertThat(jdbc.sql("select array_to_string(carriers, '、') from document_revision where document_id = :id")
				.param("id", published)
				.query(String.class)
				.single()).isEqualTo("政府网站");
		}
	}

	private static long document(JdbcClient jdbc, long agency, long column, String status, int revision,
			Timestamp at) {
		return jdbc.sql("""
				insert into document (agency_id, column_id, status, title, body_html, publisher, formed_on, validity,
				                      author, revision, created_at)
				values (:agency, :column, :status, '升级前的通知', '<p>正文</p>', '示例区某局', :formed, 'VALID', 'editor',
				        :revision, :at) returning id""")
			.param("agency", agency)
			.param("column", column)
			.param("status", status)
			.param("formed", LocalDate.of(2026, 11, 20))
			.param("revision", revision)
			.param("at", at)
			.query(Long.class)
			.single();
	}

}
