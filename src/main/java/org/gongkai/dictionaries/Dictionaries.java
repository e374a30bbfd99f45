package org.gongkai.dictionaries;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.InvalidInput.Violations;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The entries staff add to the dictionaries (table {@code dictionary_entry}), their changes (audited) and what the
 * modules derive from them (a synonym table, a matcher), derived again at the next use after a change on this node
 * and, for a change made on another node of a cluster, within {@link #FRESH}.
 */
@Service
public class Dictionaries {

	/** How long a node uses what it derived from a dictionary before reading the entries again. */
	public static final Duration FRESH = Duration.ofSeconds(30);

	private record Loaded(List<Word> words, Object derived, Instant at, long version) {
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Map<String, Dictionary> byCode;

	private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();

	private final AtomicLong changes = new AtomicLong();

	Dictionaries(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, List<Dictionary> dictionaries) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.byCode = new java.util.LinkedHashMap<>();
		dictionaries.forEach(d -> byCode.put(d.code(), d));
	}

	/** Whether the staff member may change the dictionaries: an administrator or an editor. */
	public static boolean mayEdit(Staff staff) {
		return staff.has(Role.ADMIN) || staff.has(Role.EDITOR);
	}

	/** Every dictionary the modules define, in the order of their definition. */
	public List<Dictionary> all() {
		return List.copyOf(byCode.values());
	}

	/** The dictionary of the code; any other is "not found". */
	public Dictionary named(String code) {
		Dictionary dictionary = byCode.get(code);
		if (dictionary == null) {
			throw DomainException.notFound("dictionaries.unknown", code);
		}
		return dictionary;
	}

	/** The entries staff added, newest first. */
	public List<Word> added(Dictionary dictionary) {
		return jdbc.sql("""
				select id, term, value, created_by, created_at from dictionary_entry
				where dictionary = :dictionary order by id desc""")
			.param("dictionary", dictionary.code())
			.query((rs, row) -> new Word(rs.getLong("id"), rs.getString("term"), rs.getString("value"),
					rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** Adds an entry as the dictionary's rule checks and normalises it; an entry of the same term is a conflict. */
	@Transactional
	public Word add(Staff staff, Dictionary dictionary, String term, String value) {
		requireEditor(staff);
		Violations violations = new Violations();
		Word word = dictionary.rule().check(term, value, violations);
		violations.throwIfAny();
		int added = jdbc.sql("""
				insert into dictionary_entry (dictionary, term, value, created_by, created_at)
				values (:dictionary, :term, :value, :by, :at) on conflict (dictionary, term) do nothing""")
			.param("dictionary", dictionary.code())
			.param("term", word.term())
			.param("value", word.value())
			.param("by", staff.username())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (added == 0) {
			throw DomainException.conflict("term", "dictionaries.exists", word.term());
		}
		changed();
		events.publishEvent(DictionaryChanged.of(dictionary, word, "ADDED", staff.username()));
		return word;
	}

	/** Removes an entry staff added; the shipped ones stay. */
	@Transactional
	public void remove(Staff staff, Dictionary dictionary, long id) {
		requireEditor(staff);
		Word word = added(dictionary).stream()
			.filter(w -> w.id() == id)
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("dictionaries.notFound", id));
		jdbc.sql("delete from dictionary_entry where id = :id").param("id", id).update();
		changed();
		events.publishEvent(DictionaryChanged.of(dictionary, word, "REMOVED", staff.username()));
	}

	/**
	 * What the caller derives from the entries staff added (newest first), derived again only when they changed: the
	 * same object is returned as long as they did not (callers may compare it by identity). The derivation is the
	 * caller's, one per dictionary.
	 */
	@SuppressWarnings("unchecked")
	public <T> T current(Dictionary dictionary, Function<List<Word>, T> derive) {
		Loaded now = loaded.get(dictionary.code());
		long version = changes.get();
		Instant at = clock.instant();
		if (now == null || now.version() != version || now.at().plus(FRESH).isBefore(at)) {
			List<Word> words = added(dictionary);
			Object derived = now != null && now.words().equals(words) ? now.derived() : derive.apply(words);
			now = new Loaded(words, derived, at, version);
			loaded.put(dictionary.code(), now);
		}
		return (T) now.derived();
	}

	/**
	 * What the caller derives from the dictionary's entries as they are now: those staff added, newest first, then the
	 * shipped ones staff did not replace with an entry of the same term ({@link #current}).
	 */
	public <T> T merged(Dictionary dictionary, Function<List<Word>, T> derive) {
		return current(dictionary, added -> {
			Set<String> replaced = added.stream().map(Word::term).collect(Collectors.toSet());
			List<Word> all = new ArrayList<>(added);
			dictionary.shipped().stream().filter(w -> !replaced.contains(w.term())).forEach(all::add);
			return derive.apply(List.copyOf(all));
		});
	}

	/** A change is seen at the next use: now, and again once it is committed (a use in between read the old rows). */
	private void changed() {
		changes.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					changes.incrementAndGet();
				}
			});
		}
	}

	private static void requireEditor(Staff staff) {
		if (!mayEdit(staff)) {
			throw DomainException.notPermitted("dictionaries.notPermitted");
		}
	}

}
