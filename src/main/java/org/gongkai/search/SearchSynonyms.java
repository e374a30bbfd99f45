package org.gongkai.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.InvalidInput.Violations;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The abbreviations and synonyms searches are read with: the shipped groups ({@code search/synonyms.txt}) and those
 * staff add on the back office's page (table {@code search_synonym}). A change takes effect on the next search,
 * without a restart or a rebuild (the query is expanded, not the index); another node of a cluster reads the table
 * again within {@link #FRESH}. Changes are audited.
 */
@Service
public class SearchSynonyms {

	/** How long a node searches with the groups it read before reading them again. */
	static final Duration FRESH = Duration.ofSeconds(30);

	/** Longest group, in characters. */
	static final int MAX_LENGTH = 200;

	/** A group staff added. */
	public record Entry(long id, String words, String createdBy, Instant createdAt) {
	}

	private record Loaded(Synonyms synonyms, Instant at, long version) {
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final List<List<String>> shipped = Synonyms.shipped();

	private volatile Loaded loaded;

	private volatile long changes;

	SearchSynonyms(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the staff member may change the groups: an administrator or an editor. */
	public static boolean mayEdit(Staff staff) {
		return staff.has(Role.ADMIN) || staff.has(Role.EDITOR);
	}

	/** The groups staff added, newest first. */
	public List<Entry> added() {
		return jdbc.sql("select id, words, created_by, created_at from search_synonym order by id desc")
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("words"), rs.getString("created_by"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** The shipped groups, which staff see but do not change, each as its words separated by spaces. */
	public List<String> shippedGroups() {
		return shipped.stream().map(group -> String.join(" ", group)).toList();
	}

	/** Adds a group of two or more words typed separated by spaces, commas or 、. */
	@Transactional
	public void add(Staff staff, String typed) {
		requireEditor(staff);
		Violations violations = new Violations();
		List<String> words = typed == null ? List.of() : Synonyms.words(typed).stream().distinct().toList();
		String group = String.join(" ", words);
		if (violations.require("words", typed)) {
			if (words.size() < 2) {
				violations.add("words", "search.synonyms.twoWords");
			}
			else if (group.length() > MAX_LENGTH) {
				violations.add("words", "search.synonyms.tooLong", MAX_LENGTH);
			}
		}
		violations.throwIfAny();
		int added = jdbc.sql("""
				insert into search_synonym (words, created_by, created_at)
				values (:words, :by, :at) on conflict (words) do nothing""")
			.param("words", group)
			.param("by", staff.username())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (added == 0) {
			throw DomainException.conflict("words", "search.synonyms.exists", group);
		}
		changed();
		events.publishEvent(new SearchSynonymsChanged(group, "ADDED", staff.username()));
	}

	@Transactional
	public void remove(Staff staff, long id) {
		requireEditor(staff);
		Entry entry = added().stream()
			.filter(e -> e.id() == id)
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("search.synonyms.notFound", id));
		jdbc.sql("delete from search_synonym where id = :id").param("id", id).update();
		changed();
		events.publishEvent(new SearchSynonymsChanged(entry.words(), "REMOVED", staff.username()));
	}

	/** The groups as they are now: the shipped ones and staff's. */
	Synonyms current() {
		Loaded now = loaded;
		if (now == null || now.version() != changes || now.at().plus(FRESH).isBefore(clock.instant())) {
			long version = changes;
			List<List<String>> all = new ArrayList<>(shipped);
			added().forEach(entry -> all.add(Synonyms.words(entry.words())));
			now = new Loaded(new Synonyms(all), clock.instant(), version);
			loaded = now;
		}
		return now.synonyms();
	}

	private synchronized void changed() {
		changes++;
	}

	private static void requireEditor(Staff staff) {
		if (!mayEdit(staff)) {
			throw DomainException.notPermitted("search.synonyms.notPermitted");
		}
	}

}
