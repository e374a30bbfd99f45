package org.gongkai.platform;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upgrade across the move of the static site into its own module keeps what the stopped node left unfinished: a
 * render pending for {@code publishing.Site} is renamed to {@code site.RenderQueue}, an integrity alert pending under
 * its old event class to the new one, and finished publications are left as they were.
 */
class MovedListenersMigrationTests {

	@TempDir
	Path directory;

	@Test
	void pendingPublicationsOfTheMovedListenersAndEventFollowTheMove() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(directory.resolve("pg"))) {
			var dataSource = postgres.getPostgresDatabase();
			Flyway.configure().placeholderReplacement(false).dataSource(dataSource).target("55").load().migrate();
			JdbcClient jdbc = JdbcClient.create(dataSource);
			jdbc.sql("""
					create table event_publication (id uuid primary key, listener_id text not null,
					  event_type text not null, serialized_event text not null,
					  publication_date timestamptz not null, completion_date timestamptz, status text,
					  completion_attempts int, last_resubmission_date timestamptz)""").update();
			UUID pendingRender = publication(jdbc,
					"org.gongkai.publishing.Site.on(org.gongkai.publishing.DocumentPublished)",
					"org.gongkai.publishing.DocumentPublished", null);
			UUID doneRender = publication(jdbc,
					"org.gongkai.publishing.Site.on(org.gongkai.publishing.DocumentPublished)",
					"org.gongkai.publishing.DocumentPublished", Instant.parse("2026-12-01T02:00:00Z"));
			UUID pendingAlert = publication(jdbc, "org.gongkai.audit.AuditLog.on(org.gongkai.audit.AuditableEvent)",
					"org.gongkai.publishing.SiteTampered", null);

			Flyway.configure().placeholderReplacement(false).dataSource(dataSource).load().migrate();

			assertThat(listener(jdbc, pendingRender))
				.isEqualTo("org.gongkai.site.RenderQueue.on(org.gongkai.publishing.DocumentPublished)");
			assertThat(listener(jdbc, doneRender))
				.isEqualTo("org.gongkai.publishing.Site.on(org.gongkai.publishing.DocumentPublished)");
			assertThat(jdbc.sql("select event_type from event_publication where id = :id")
				.param("id", pendingAlert)
				.query(String.class)
				.single()).isEqualTo("org.gongkai.site.SiteTampered");
		}
	}

	@Test
	void aNewDatabaseWithoutTheEventTableMigrates() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(directory.resolve("pg"))) {
			assertThat(Flyway.configure().placeholderReplacement(false).dataSource(postgres.getPostgresDatabase()).load().migrate().success)
				.isTrue();
		}
	}

	private static UUID publication(JdbcClient jdbc, String listener, String eventType, Instant completed) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				  completion_date) values (:id, :listener, :type, '{}', :published, :completed)""")
			.param("id", id)
			.param("listener", listener)
			.param("type", eventType)
			.param("published", Timestamp.from(Instant.parse("2026-12-01T01:00:00Z")))
			.param("completed", completed == null ? null : Timestamp.from(completed))
			.update();
		return id;
	}

	private static String listener(JdbcClient jdbc, UUID id) {
		return jdbc.sql("select listener_id from event_publication where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
