package org.gongkai.platform;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.gongkai.dictionaries.DictionaryChanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upgrade to the shared dictionaries (V68) moves the entries staff had added to search's synonyms and to the
 * assistant's dictionary into {@code dictionary_entry}, in the order they were added, drops the two tables, and
 * rewrites an audit event left pending under the old event classes into a {@link DictionaryChanged} with the same
 * action, subject and summary (beside MovedListenersMigrationTests: it needs the embedded server as platform starts it).
 */
class DictionaryMigrationTests {

	@TempDir
	Path directory;

	@Test
	void theEntriesOfTheTwoTablesAndTheirPendingEventsMoveIn() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(directory.resolve("pg"))) {
			var dataSource = postgres.getPostgresDatabase();
			Flyway.configure().placeholderReplacement(false).dataSource(dataSource).target("67").load().migrate();
			JdbcClient jdbc = JdbcClient.create(dataSource);
			Timestamp at = Timestamp.from(Instant.parse("2026-11-30T02:00:00Z"));
			jdbc.sql("insert into search_synonym (words, created_by, created_at) values ('低保 最低生活保障', 'editor', :at)")
				.param("at", at)
				.update();
			jdbc.sql("insert into search_synonym (words, created_by, created_at) values ('医保 医疗保障', 'admin', :at)")
				.param("at", at)
				.update();
			jdbc.sql("""
					insert into assistant_term (variant, standard, created_by, created_at)
					values ('嘎嘎证', '居住证首次申领', 'admin', :at)""").param("at", at).update();
			jdbc.sql("""
					create table event_publication (id uuid primary key, listener_id text not null,
					  event_type text not null, serialized_event text not null,
					  publication_date timestamptz not null, completion_date timestamptz, status text,
					  completion_attempts int, last_resubmission_date timestamptz)""").update();
			UUID synonym = pending(jdbc, "org.gongkai.search.SearchSynonymsChanged",
					"{\"words\":\"医保 医疗保障\",\"how\":\"ADDED\",\"actor\":\"admin\"}");
			UUID term = pending(jdbc, "org.gongkai.assistant.AssistantTermsChanged",
					"{\"variant\":\"嘎嘎证\",\"standard\":\"居住证首次申领\",\"how\":\"REMOVED\",\"actor\":\"admin\"}");

			Flyway.configure().placeholderReplacement(false).dataSource(dataSource).load().migrate();

			assertThat(jdbc.sql("select dictionary || '|' || term || '|' || coalesce(value, '-') || '|' || created_by"
					+ " from dictionary_entry order by id").query(String.class).list())
				.containsExactly("search-synonyms|低保 最低生活保障|-|editor", "search-synonyms|医保 医疗保障|-|admin",
						"assistant-terms|嘎嘎证|居住证首次申领|admin");
			assertThat(jdbc.sql("select count(*) from pg_tables where tablename in ('search_synonym', 'assistant_term')")
				.query(Long.class)
				.single()).isZero();
			JsonMapper json = JsonMapper.builder().build();
			assertThat(json.readValue(event(jdbc, synonym), DictionaryChanged.class))
				.isEqualTo(new DictionaryChanged("search-synonyms", "SEARCH_SYNONYMS_ADDED",
						"search-synonyms:医保 医疗保障", "医保 医疗保障", "admin"));
			assertThat(json.readValue(event(jdbc, term), DictionaryChanged.class))
				.isEqualTo(new DictionaryChanged("assistant-terms", "ASSISTANT_TERM_REMOVED", "assistant-term:嘎嘎证",
						"嘎嘎证 → 居住证首次申领", "admin"));
			assertThat(jdbc.sql("select distinct event_type from event_publication").query(String.class).list())
				.isEqualTo(List.of("org.gongkai.dictionaries.DictionaryChanged"));
		}
	}

	private static UUID pending(JdbcClient jdbc, String type, String event) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
				values (:id, 'org.gongkai.audit.AuditLog.on(org.gongkai.audit.AuditableEvent)', :type, :event, :at)""")
			.param("id", id)
			.param("type", type)
			.param("event", event)
			.param("at", Timestamp.from(Instant.parse("2026-11-30T02:00:01Z")))
			.update();
		return id;
	}

	private static String event(JdbcClient jdbc, UUID id) {
		return jdbc.sql("select serialized_event from event_publication where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
