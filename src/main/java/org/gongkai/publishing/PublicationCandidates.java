package org.gongkai.publishing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;
import org.gongkai.publishing.PublicationCandidate.Action;
import org.gongkai.publishing.PublicationCandidate.Status;
import org.gongkai.requests.RepeatedRequests;
import org.gongkai.requests.RepeatedRequests.Group;
import org.jsoup.nodes.Entities;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publishing desk's side of OGI art. 44: the information several applicants were given (or one applicant
 * suggested publishing) is offered to the agency's editors, who accept it — a draft document, 公开方式 依申请公开, that
 * goes through the usual review — or decline it with a reason. Decisions are kept per group of applications.
 */
@Service
public class PublicationCandidates {

	/** Where an accepted candidate's draft starts; the editor may move it to the column it belongs in. */
	static final String DRAFT_COLUMN = "other-documents";

	private final RepeatedRequests repeated;

	private final DocumentDesk desk;

	private final AgencyDirectory agencies;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PublicationCandidates(RepeatedRequests repeated, DocumentDesk desk, AgencyDirectory agencies, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.repeated = repeated;
		this.desk = desk;
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	private record Decision(long anchorId, Status status, String reason, Long documentId) {
	}

	/** The candidates of the agencies the staff member may read: undecided ones first, then the decided. */
	public List<PublicationCandidate> list(Staff staff) {
		Map<Long, Decision> decisions = decisions(agencies.scopeOf(staff).ids());
		return repeated.groups(staff)
			.stream()
			.map(group -> view(staff, group, decisions.get(group.anchorId())))
			.sorted((a, b) -> Boolean.compare(a.status() != Status.OPEN, b.status() != Status.OPEN))
			.toList();
	}

	/** Writes the draft document for a candidate and records the decision; answers the draft's id. */
	@Transactional
	public long accept(Staff editor, long anchorId) {
		Group group = group(editor, anchorId);
		PublicationCandidateTransitions.TABLE.move(decided(anchorId), Action.ACCEPT);
		PublicationCandidate candidate = view(editor, group, null);
		long documentId = desk.create(editor, group.agencyCode(), draft(candidate));
		record(editor, group, Status.ACCEPTED, null, documentId);
		return documentId;
	}

	/** Records that the candidate is not published, and why. */
	@Transactional
	public void decline(Staff editor, long anchorId, String reason) {
		Group group = group(editor, anchorId);
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid("reason", "validation.required");
		}
		PublicationCandidateTransitions.TABLE.move(decided(anchorId), Action.DECLINE);
		requireEditor(editor, group);
		record(editor, group, Status.DECLINED, reason.strip(), null);
	}

	private Group group(Staff staff, long anchorId) {
		return repeated.group(staff, anchorId)
			.orElseThrow(() -> DomainException.notFound("publishing.candidate.notFound", anchorId));
	}

	private AgencyInfo requireEditor(Staff staff, Group group) {
		AgencyInfo agency = agencies.readable(staff, group.agencyCode());
		if (!staff.canActFor(agency, Role.EDITOR)) {
			throw DomainException.notPermitted("publishing.document.editorOnly");
		}
		return agency;
	}

	private Status decided(long anchorId) {
		return jdbc.sql("select status from publication_candidate where anchor_request_id = :anchor")
			.param("anchor", anchorId)
			.query(String.class)
			.optional()
			.map(Status::valueOf)
			.orElse(Status.OPEN);
	}

	private void record(Staff editor, Group group, Status status, String reason, Long documentId) {
		AgencyInfo agency = requireEditor(editor, group);
		try {
			jdbc.sql("""
					insert into publication_candidate (agency_id, anchor_request_id, tracking_numbers, status, reason,
					    document_id, decided_by, decided_at)
					values (:agency, :anchor, :numbers, :status, :reason, :document, :by, :at)""")
				.param("agency", agency.id().value())
				.param("anchor", group.anchorId())
				.param("numbers", String.join(",", group.trackingNumbers()))
				.param("status", status.name())
				.param("reason", reason)
				.param("document", documentId)
				.param("by", editor.username())
				.param("at", Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException decidedMeanwhile) {
			throw DomainException.conflict("action", "publishing.candidate.decided", status, Status.OPEN);
		}
		events.publishEvent(new PublicationCandidateDecided(agency.code(), group.anchorId(), status.name(),
				String.join(",", group.trackingNumbers()), editor.username(),
				documentId != null ? "document=" + documentId : "reason=" + reason));
	}

	private Map<Long, Decision> decisions(List<Long> agencyIds) {
		return jdbc.sql("""
				select anchor_request_id, status, reason, document_id from publication_candidate
				where agency_id in (:agencies)""")
			.param("agencies", agencyIds)
			.query((rs, row) -> new Decision(rs.getLong(1), Status.valueOf(rs.getString(2)), rs.getString(3),
					rs.getObject(4, Long.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(Decision::anchorId, decision -> decision));
	}

	private PublicationCandidate view(Staff staff, Group group, Decision decision) {
		Status status = decision == null ? Status.OPEN : decision.status();
		boolean editor = agencies.findByCode(group.agencyCode())
			.map(agency -> staff.canActFor(agency, Role.EDITOR))
			.orElse(false);
		Set<Action> allowed = editor ? PublicationCandidateTransitions.TABLE.allowed(status) : Set.of();
		return new PublicationCandidate(group.anchorId(), group.agencyCode(), group.agencyName(), group.description(),
				group.applications(), status, decision == null ? null : decision.reason(),
				decision == null ? null : decision.documentId(), allowed);
	}

	/** The draft an editor starts from: the information asked for, and that it was disclosed on application. */
	static Draft draft(PublicationCandidate candidate) {
		String subject = candidate.description().strip();
		String title = subject.length() > 60 ? subject.substring(0, 60) + "…" : subject;
		String body = "<p>" + Entities.escape(subject) + "</p>\n<p>本信息经"
				+ candidate.applications().size() + "件政府信息公开申请依申请公开后，依据《中华人民共和国政府信息公开条例》"
				+ "第四十四条纳入主动公开范围。</p>";
		return new Draft(DRAFT_COLUMN, title, body, null, null, null, null, null, null, candidate.lastDisclosedOn(),
				Validity.VALID, null, DisclosureMethod.ON_APPLICATION);
	}

}
