package org.gongkai.publishing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger of rules and normative documents (立、改、废, rules.md §6): issued when published in the 规章 or
 * 行政规范性文件 column, abolished or renewed by a reviewer, expiring at the end of their validity period; with the
 * cleanup list of those expiring within six months. Which changes an entry may take is {@link NormativeTransitions}'s
 * table.
 */
@Service
public class NormativeLedger {

	private final JdbcClient jdbc;

	private final AgencyDirectory agencies;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	NormativeLedger(JdbcClient jdbc, AgencyDirectory agencies, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.clock = clock;
	}

	private static final String SELECT = """
			select id, agency_id, kind, title, document_number, issued_on, valid_until, abolished_on, document_id,
			       amended_on
			from normative_document""";

	public List<NormativeEntry> of(AgencyId agency) {
		return jdbc.sql(SELECT + " where agency_id = :agency order by issued_on desc, id desc")
			.param("agency", agency.value())
			.query(NormativeLedger::entry)
			.list();
	}

	/** Enters a rule or normative document as issued; the validity period defaults by its title. */
	@Transactional
	public long issue(AgencyId agency, NormativeKind kind, String title, String documentNumber, LocalDate issuedOn,
			LocalDate validUntil, Long documentId, String reference) {
		return jdbc.sql("""
				insert into normative_document (agency_id, document_id, kind, title, document_number, issued_on,
				                                valid_until, reference)
				values (:agency, :document, :kind, :title, :number, :issued, :until, :reference) returning id""")
			.param("agency", agency.value())
			.param("document", documentId)
			.param("kind", kind.name())
			.param("title", title)
			.param("number", documentNumber)
			.param("issued", issuedOn)
			.param("until", validUntil == null ? NormativeEntry.defaultValidUntil(title, issuedOn) : validUntil)
			.param("reference", reference)
			.query(Long.class)
			.single();
	}

	/**
	 * Brings in a rule or normative document of an older system (annual-report.md §6) with its dates; a reference
	 * already present is left as it is. Runs in the caller's transaction.
	 *
	 * @return whether it was new
	 */
	@Transactional
	public boolean importEntry(AgencyId agency, NormativeKind kind, String title, String documentNumber,
			LocalDate issuedOn, LocalDate abolishedOn, String reference) {
		return jdbc.sql("""
				insert into normative_document (agency_id, kind, title, document_number, issued_on, abolished_on,
				                                reference)
				values (:agency, :kind, :title, :number, :issued, :abolished, :reference)
				on conflict (agency_id, reference) do nothing""")
			.param("agency", agency.value())
			.param("kind", kind.name())
			.param("title", title)
			.param("number", documentNumber)
			.param("issued", issuedOn)
			.param("abolished", abolishedOn)
			.param("reference", reference)
			.update() > 0;
	}

	/**
	 * A line of the ledger as a reader sees it today: where the document stands, whether it is due for the cleanup,
	 * and what the reader may do to it now (the table's moves from its status, if the reader reviews for its agency).
	 */
	public record NormativeView(NormativeEntry entry, NormativeEntry.Status status, boolean dueForCleanup,
			Set<NormativeAction> allowedActions) {
	}

	/** The ledger of the reader's own agency, newest first, with what the reader may do to each entry. */
	public List<NormativeView> ledger(Staff reader) {
		AgencyInfo agency = agencies.find(reader.agencyId()).orElseThrow();
		LocalDate today = LocalDate.now(clock);
		boolean reviews = reader.canActFor(agency, Role.REVIEWER);
		return of(agency.id()).stream().map(entry -> {
			NormativeEntry.Status status = entry.statusOn(today);
			return new NormativeView(entry, status, entry.expiresWithinSixMonths(today),
					reviews ? NormativeTransitions.reviewerActions(status) : Set.of());
		}).toList();
	}

	/**
	 * 废止, 重新公布 or 修改, by a REVIEWER of the entry's agency, if the table allows it from where the document stands
	 * today (409 otherwise); the dates must fit the entry (400).
	 */
	@Transactional
	public void change(Staff reviewer, long id, NormativeCommand command) {
		NormativeEntry entry = load(reviewer, id);
		AgencyInfo agency = agencies.find(new AgencyId(entry.agencyId())).orElseThrow();
		if (!reviewer.canActFor(agency, Role.REVIEWER)) {
			throw DomainException.notPermitted("publishing.review.reviewerOnly");
		}
		LocalDate today = LocalDate.now(clock);
		NormativeTransitions.TABLE.move(entry.statusOn(today), command.action());
		switch (command.action()) { // a command is never TAKE_EFFECT or EXPIRE (NormativeCommand.of)
			case ABOLISH -> {
				notBeforeIssue(entry, command.on());
				update("update normative_document set abolished_on = :on where id = :id", id, command.on());
			}
			case RENEW -> {
				if (!command.on().isAfter(today)) {
					throw DomainException.invalid("on", "publishing.normative.renewPast", today);
				}
				update("update normative_document set valid_until = :on where id = :id", id, command.on());
			}
			case AMEND -> {
				notBeforeIssue(entry, command.on());
				long amending = ((NormativeCommand.Amend) command).amendedBy();
				requireSameAgency(id, amending);
				jdbc.sql("update normative_document set amended_on = :on, amended_by = :amending where id = :id")
					.param("on", command.on())
					.param("amending", amending)
					.param("id", id)
					.update();
			}
		}
		events.publishEvent(new NormativeDocumentChanged(agency.code(), "NORMATIVE_" + past(command.action()), id,
				entry.documentId(), entry.title(), "on=" + command.on(), reviewer.username()));
	}

	/**
	 * Announces every document whose validity period has run out and was not renewed (rules.md §6: it expires by
	 * itself), once: audited, and its published page re-rendered as 已失效. Runs every morning on one node
	 * ({@link #daily()}).
	 */
	@Transactional
	public int announceExpiries() {
		LocalDate today = LocalDate.now(clock.withZone(Beijing.ZONE));
		List<java.util.Map<String, Object>> expired = jdbc.sql("""
				update normative_document n set expiry_announced = true
				where n.valid_until < :today and n.abolished_on is null and not n.expiry_announced
				returning n.id, n.document_id, n.title, n.valid_until, n.agency_id""")
			.param("today", today)
			.query()
			.listOfRows();
		AgencyScope everyAgency = agencies.wholeTree();
		for (var row : expired) {
			String agencyCode = everyAgency.get(((Number) row.get("agency_id")).longValue()).code();
			events.publishEvent(new NormativeDocumentChanged(agencyCode, "NORMATIVE_EXPIRED",
					((Number) row.get("id")).longValue(),
					row.get("document_id") == null ? null : ((Number) row.get("document_id")).longValue(),
					(String) row.get("title"), "validUntil=" + row.get("valid_until"), "system"));
		}
		return expired.size();
	}

	/** The entry, if the reader may read its agency; otherwise "not found". */
	private NormativeEntry load(Staff reader, long id) {
		NormativeEntry entry = jdbc.sql(SELECT + " where id = :id")
			.param("id", id)
			.query(NormativeLedger::entry)
			.optional()
			.orElseThrow(() -> DomainException.notFound("publishing.normative.notFound", id));
		agencies.find(new AgencyId(entry.agencyId()))
			.filter(reader::canRead)
			.orElseThrow(() -> DomainException.notFound("publishing.normative.notFound", id));
		return entry;
	}

	private void update(String sql, long id, LocalDate on) {
		jdbc.sql(sql).param("on", on).param("id", id).update();
	}

	private static void notBeforeIssue(NormativeEntry entry, LocalDate on) {
		if (on.isBefore(entry.issuedOn())) {
			throw DomainException.invalid("on", "publishing.normative.beforeIssue", entry.issuedOn());
		}
	}

	/** The amending document is another entry of the same agency's ledger. */
	private void requireSameAgency(long id, long amendingId) {
		if (amendingId == id || jdbc.sql("""
				select count(*) from normative_document a join normative_document b on a.agency_id = b.agency_id
				where a.id = :id and b.id = :amending""").param("id", id).param("amending", amendingId)
			.query(Long.class)
			.single() == 0) {
			throw DomainException.invalid("amendedBy", "publishing.normative.amendingUnknown");
		}
	}

	private static String past(NormativeAction action) {
		return switch (action) {
			case ABOLISH -> "ABOLISHED";
			case RENEW -> "RENEWED";
			case AMEND -> "AMENDED";
			case TAKE_EFFECT -> "IN_FORCE";
			case EXPIRE -> "EXPIRED";
		};
	}

	static NormativeEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new NormativeEntry(rs.getLong("id"), rs.getLong("agency_id"),
				NormativeKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("document_number"),
				rs.getObject("issued_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
				rs.getObject("abolished_on", LocalDate.class), (Long) rs.getObject("document_id"),
				rs.getObject("amended_on", LocalDate.class));
	}

}
