package org.gongkai.publishing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.ClusterLock;
import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger of rules and normative documents (立、改、废, rules.md §6): issued when published in the 规章 or
 * 行政规范性文件 column, abolished or renewed by a reviewer, expiring at the end of their validity period; with the
 * cleanup list of those expiring within six months.
 */
@Service
public class NormativeLedger {

	private final JdbcClient jdbc;

	private final AgencyDirectory agencies;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ClusterLock lock;

	NormativeLedger(JdbcClient jdbc, AgencyDirectory agencies, Clock clock, ApplicationEventPublisher events,
			ClusterLock lock) {
		this.lock = lock;
		this.events = events;
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.clock = clock;
	}

	public List<NormativeEntry> of(AgencyId agency) {
		return jdbc.sql("""
				select id, kind, title, document_number, issued_on, valid_until, abolished_on, document_id, amended_on
				from normative_document where agency_id = :agency order by issued_on desc, id desc""")
			.param("agency", agency.value())
			.query((rs, row) -> new NormativeEntry(rs.getLong("id"), NormativeKind.valueOf(rs.getString("kind")),
					rs.getString("title"), rs.getString("document_number"),
					rs.getObject("issued_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
					rs.getObject("abolished_on", LocalDate.class), (Long) rs.getObject("document_id"),
					rs.getObject("amended_on", LocalDate.class)))
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

	/** Whether the staff member may abolish, renew and amend the entries of their own agency (a REVIEWER of it). */
	public boolean mayChange(Staff staff) {
		return agencies.find(staff.agencyId()).filter(agency -> staff.canActFor(agency, Role.REVIEWER)).isPresent();
	}

	/** 废止: from the given day the document is no longer in force. */
	@Transactional
	public void abolish(Staff reviewer, long id, LocalDate on) {
		change(reviewer, id, "NORMATIVE_ABOLISHED",
				"update normative_document set abolished_on = :on where id = :id and abolished_on is null", on, null);
	}

	/** 重新公布: a document found still necessary in the cleanup gets a new validity period. */
	@Transactional
	public void renew(Staff reviewer, long id, LocalDate until) {
		change(reviewer, id, "NORMATIVE_RENEWED",
				"update normative_document set valid_until = :on where id = :id and abolished_on is null", until, null);
	}

	/**
	 * 修改: from the given day the document is in force as amended by another entry of the ledger (the amending
	 * document, issued by then).
	 */
	@Transactional
	public void amend(Staff reviewer, long id, LocalDate on, long amendingId) {
		if (amendingId == id || jdbc.sql("""
				select count(*) from normative_document a join normative_document b on a.agency_id = b.agency_id
				where a.id = :id and b.id = :amending""").param("id", id).param("amending", amendingId)
			.query(Long.class)
			.single() == 0) {
			throw DomainException.invalid("amendedBy", "publishing.normative.amendingUnknown");
		}
		change(reviewer, id, "NORMATIVE_AMENDED", """
				update normative_document set amended_on = :on, amended_by = :amending
				where id = :id and abolished_on is null""", on, amendingId);
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

	/** Every morning, on the one node that claims the day. */
	@Scheduled(cron = "${gongkai.jobs.normative-expiry:0 15 0 * * *}", zone = "Asia/Shanghai")
	void daily() {
		lock.oncePerDay("normative-expiry", LocalDate.now(clock.withZone(Beijing.ZONE)), this::announceExpiries);
	}

	/** The cleanup list: documents in force that expire within six months, soonest first. */
	public List<NormativeEntry> dueForCleanup(AgencyId agency) {
		LocalDate today = LocalDate.now(clock);
		return of(agency).stream()
			.filter(entry -> entry.expiresWithinSixMonths(today))
			.sorted(java.util.Comparator.comparing(NormativeEntry::validUntil))
			.toList();
	}

	private void change(Staff reviewer, long id, String action, String sql, LocalDate on, Long amendingId) {
		long agencyId = jdbc.sql("select agency_id from normative_document where id = :id")
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> DomainException.notFound("publishing.normative.notFound", id));
		AgencyInfo agency = agencies.find(new AgencyId(agencyId))
			.filter(reviewer::canRead)
			.orElseThrow(() -> DomainException.notFound("publishing.normative.notFound", id));
		if (!reviewer.canActFor(agency, Role.REVIEWER)) {
			throw DomainException.notPermitted("publishing.review.reviewerOnly");
		}
		if (on == null) {
			throw DomainException.invalid("on", "validation.required");
		}
		var statement = jdbc.sql(sql).param("on", on).param("id", id);
		if ((amendingId == null ? statement : statement.param("amending", amendingId)).update() == 0) {
			throw DomainException.conflict("id", "publishing.normative.abolished", id);
		}
		NormativeEntry entry = of(agency.id()).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
		events.publishEvent(new NormativeDocumentChanged(agency.code(), action, id, entry.documentId(), entry.title(),
				"on=" + on, reviewer.username()));
	}

}
