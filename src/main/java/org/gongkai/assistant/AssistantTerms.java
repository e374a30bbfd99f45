package org.gongkai.assistant;

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
 * The normalisation dictionary the assistant reads questions with: the shipped entries and those staff add on the
 * back office's page (table {@code assistant_term}). A change takes effect on the next question, without a restart;
 * another node of a cluster reads the table again within {@link #FRESH}. Changes are audited.
 */
@Service
public class AssistantTerms {

	/** How long a node answers with the entries it read before reading them again. */
	static final Duration FRESH = Duration.ofSeconds(30);

	/** An entry staff added. */
	public record Entry(long id, String variant, String standard, String createdBy, Instant createdAt) {
	}

	private record Loaded(Terms terms, Instant at, long version) {
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final List<Terms.Term> shipped = Terms.shipped();

	private volatile Loaded loaded;

	private long changes;

	AssistantTerms(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the staff member may change the dictionary: an administrator or an editor. */
	public static boolean mayEdit(Staff staff) {
		return staff.has(Role.ADMIN) || staff.has(Role.EDITOR);
	}

	/** The entries staff added, newest first. */
	public List<Entry> added() {
		return jdbc.sql("select id, variant, standard, created_by, created_at from assistant_term order by id desc")
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("variant"), rs.getString("standard"),
					rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** The shipped entries, which staff see but do not change. */
	public List<String[]> shippedEntries() {
		return shipped.stream().map(t -> new String[] { t.variant(), t.standard() }).toList();
	}

	@Transactional
	public void add(Staff staff, String variant, String standard) {
		requireEditor(staff);
		Violations violations = new Violations();
		if (violations.require("variant", variant) && variant.strip().length() > 50) {
			violations.add("variant", "assistant.term.tooLong", 50);
		}
		if (violations.require("standard", standard) && standard.strip().length() > 100) {
			violations.add("standard", "assistant.term.tooLong", 100);
		}
		violations.throwIfAny();
		int added = jdbc.sql("""
				insert into assistant_term (variant, standard, created_by, created_at)
				values (:variant, :standard, :by, :at) on conflict (variant) do nothing""")
			.param("variant", variant.strip())
			.param("standard", standard.strip())
			.param("by", staff.username())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (added == 0) {
			throw DomainException.conflict("variant", "assistant.term.exists", variant.strip());
		}
		changed();
		events.publishEvent(new AssistantTermsChanged(variant.strip(), standard.strip(), "ADDED", staff.username()));
	}

	@Transactional
	public void remove(Staff staff, long id) {
		requireEditor(staff);
		Entry entry = added().stream()
			.filter(e -> e.id() == id)
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("assistant.term.notFound", id));
		jdbc.sql("delete from assistant_term where id = :id").param("id", id).update();
		changed();
		events.publishEvent(new AssistantTermsChanged(entry.variant(), entry.standard(), "REMOVED", staff.username()));
	}

	/** The dictionary as it is now: the shipped entries with staff's, staff's winning for the same variant. */
	Terms current() {
		Loaded now = loaded;
		if (now == null || now.version() != changes || now.at().plus(FRESH).isBefore(clock.instant())) {
			List<Terms.Term> all = new ArrayList<>();
			List<Entry> added = added();
			added.forEach(e -> all.add(new Terms.Term(e.variant(), e.standard())));
			shipped.stream().filter(t -> added.stream().noneMatch(e -> e.variant().equals(t.variant()))).forEach(all::add);
			now = new Loaded(new Terms(all), clock.instant(), changes);
			loaded = now;
		}
		return now.terms();
	}

	private synchronized void changed() {
		changes++;
	}

	private static void requireEditor(Staff staff) {
		if (!mayEdit(staff)) {
			throw DomainException.notPermitted("assistant.term.notPermitted");
		}
	}

}
