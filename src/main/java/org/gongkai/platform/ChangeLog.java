package org.gongkai.platform;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What changed, on which node, for the derived indexes of the other nodes (a Lucene index, the assistant's index) to
 * follow within seconds (docs/adr/0002-several-nodes.md). A change is recorded in the transaction of the change itself
 * ({@link #record}); each node reads, every few seconds, the changes the other nodes recorded in the last minute and
 * handles those it has not handled yet ({@link Follower}), so that an entry that committed late, after entries with
 * higher ids, is not skipped.
 */
@Component
public class ChangeLog {

	/** How far back each read looks: longer than any transaction that records a change. */
	static final int WINDOW_SECONDS = 60;

	private final JdbcClient jdbc;

	private final ClusterLock cluster;

	ChangeLog(JdbcClient jdbc, ClusterLock cluster) {
		this.jdbc = jdbc;
		this.cluster = cluster;
	}

	/** One change: a topic such as {@code document} and the key of what changed. */
	public record Change(long id, String topic, String key) {
	}

	/** Records a change in the caller's transaction. */
	public void record(String topic, String key) {
		jdbc.sql("insert into change_log (topic, key, node) values (:topic, :key, :node)")
			.param("topic", topic)
			.param("key", key)
			.param("node", cluster.node())
			.update();
	}

	/** A reader of the other nodes' changes of some topics, which hands each change out once. */
	public Follower follower(String... topics) {
		return new Follower(List.of(topics));
	}

	/** Reads the other nodes' recent changes; not thread-safe, one per scheduled job. */
	public final class Follower {

		private final List<String> topics;

		/** The ids handled, with when, forgotten after twice the window. */
		private final Map<Long, Long> handled = new LinkedHashMap<>();

		private Follower(List<String> topics) {
			this.topics = topics;
		}

		/** The changes of the last minute that other nodes recorded and this follower has not handed out yet. */
		public List<Change> next() {
			long now = System.nanoTime();
			for (Iterator<Long> at = handled.values().iterator(); at.hasNext();) {
				if (now - at.next() > 2L * WINDOW_SECONDS * 1_000_000_000L) {
					at.remove();
				}
			}
			List<Change> fresh = new ArrayList<>();
			jdbc.sql("""
					select id, topic, key from change_log
					where recorded_at > clock_timestamp() - make_interval(secs => :window)
					and node <> :node and topic in (:topics) order by id""")
				.param("window", WINDOW_SECONDS)
				.param("node", cluster.node())
				.param("topics", topics)
				.query((rs, row) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3)))
				.list()
				.forEach(change -> {
					if (handled.putIfAbsent(change.id(), now) == null) {
						fresh.add(change);
					}
				});
			return fresh;
		}

	}

	/** Deletes what no node will read again. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	public void prune() {
		jdbc.sql("delete from change_log where recorded_at < clock_timestamp() - interval '1 day'").update();
	}

}
