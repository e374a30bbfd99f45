package org.gongkai.interaction;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.InvalidInput;
import org.gongkai.publishing.DocumentCommand;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.publishing.Draft;
import org.gongkai.publishing.Validity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deputies' suggestions and CPPCC proposals (建议提案): registering an assignment with its due date (代表法 art. 51),
 * the reply and its outcome class, the deputy's satisfaction, and publication of the reply and of the year's
 * handling summary in the 建议提案办理 column through publishing's review (an EDITOR drafts, a REVIEWER publishes;
 * 代表法 art. 51 ¶3: "办理情况的报告，应当予以公开").
 */
@Service
public class ProposalDesk {

	/** The catalog column replies and summaries are published in. */
	public static final String COLUMN = "proposals";

	private final InteractionRecords records;

	private final DocumentDesk documents;

	private final InteractionStatistics statistics;

	ProposalDesk(InteractionRecords records, DocumentDesk documents,
			InteractionStatistics statistics) {
		this.records = records;
		this.documents = documents;
		this.statistics = statistics;
	}

	@Transactional
	public ProposalView register(Staff actor, String agencyCode, NewProposal proposal) {
		AgencyInfo agency = records.readable(actor, agencyCode);
		InteractionRoles.requireHandler(actor, agency);
		check(proposal, records.today());
		Proposal assigned = Proposal.assigned(agency.id().value(), proposal);
		Proposal saved;
		try {
			saved = records.save(assigned, agency, actor.username(), "PROPOSAL_ASSIGNED",
					assigned.kind + " " + assigned.reference + ", " + assigned.role + ", dueOn=" + assigned.dueOn);
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			throw DomainException.conflict("reference", "interaction.proposal.duplicate", proposal.reference());
		}
		return ProposalView.of(saved, agency, records.today(), allowedActions(actor, agency, saved));
	}

	/** The reply or the deputy's view, by the disclosure office of the agency (代表法 art. 51). */
	@Transactional
	public void handle(Staff actor, long id, ProposalCommand command) {
		if (command instanceof ProposalCommand.DraftPublication) {
			throw DomainException.invalid("action", "interaction.proposal.draftThroughDesk");
		}
		InteractionRecords.Held<Proposal> held = records.proposal(actor, id);
		Proposal proposal = held.item();
		InteractionRoles.requireHandler(actor, held.agency());
		proposal.apply(command, records.today());
		if (command.action() == ProposalAction.REPLY) {
			records.save(proposal, held.agency(), actor.username(), "PROPOSAL_REPLIED",
					"outcome=" + proposal.outcomeClass + ", late=" + proposal.lateOn(proposal.repliedOn));
		}
		else {
			records.save(proposal, held.agency(), actor.username(), "PROPOSAL_FEEDBACK",
					"satisfaction=" + proposal.satisfaction);
		}
	}

	/** An EDITOR drafts the reply as a document of the 建议提案办理 column and submits it for review. */
	@Transactional
	public long draftReplyPublication(Staff editor, long id) {
		InteractionRecords.Held<Proposal> held = records.proposal(editor, id);
		Proposal proposal = held.item();
		AgencyInfo agency = held.agency();
		proposal.readyToPublish();
		long document = documents.create(editor, agency.code(), new Draft(COLUMN, proposal.publicationTitle(),
				proposal.reply, proposal.title, "建议提案", "答复", null, null,
				proposal.repliedOn, proposal.repliedOn, Validity.VALID));
		proposal.apply(new ProposalCommand.DraftPublication(document), records.today());
		documents.review(editor, document, new DocumentCommand.Submit());
		records.save(proposal, agency, editor.username(), "PROPOSAL_REPLY_DRAFTED", "document=" + document);
		return document;
	}

	/**
	 * What the caller may do with a proposal now: the steps its table and the office rules allow, the reply and the
	 * deputy's view if the caller handles the agency, drafting the publication if the caller edits for it.
	 */
	static Set<ProposalAction> allowedActions(Staff staff, AgencyInfo agency, Proposal proposal) {
		Set<ProposalAction> allowed = proposal.allowed();
		allowed.removeIf(action -> !(action == ProposalAction.DRAFT_PUBLICATION
				? staff.canActFor(agency, Role.EDITOR) : InteractionRoles.handles(staff, agency)));
		return allowed;
	}

	/**
	 * An EDITOR drafts the year's handling summary (办理情况总结) from the ledger's figures and submits it for review.
	 */
	@Transactional
	public long draftYearSummary(Staff editor, String agencyCode, int year) {
		AgencyInfo agency = records.readable(editor, agencyCode);
		InteractionFigures.Proposals figures = statistics.forYear(agency.id(), year).proposals();
		if (figures.total() == 0) {
			throw DomainException.conflict(null, "interaction.proposal.noneInYear", year);
		}
		String title = "%s关于%d年度人大代表建议和政协提案办理情况的总结".formatted(agency.name(), year);
		LocalDate today = records.today();
		long document = documents.create(editor, agency.code(), new Draft(COLUMN, title, summaryText(agency, year,
				figures), title, "建议提案,办理情况", "总结", null, null, today, today, Validity.VALID));
		documents.review(editor, document, new DocumentCommand.Submit());
		records.changed(editor, agency, "PROPOSAL_SUMMARY_DRAFTED", "agency:" + agency.code(),
				"year=" + year + ", document=" + document);
		return document;
	}

	/** The proposals of the agencies the caller may read, earliest due first. */
	public List<ProposalView> list(Staff staff) {
		LocalDate today = records.today();
		AgencyScope agencies = records.readableAgencies(staff);
		return records.proposals(agencies)
			.stream()
			.map(p -> {
				AgencyInfo agency = agencies.get(p.agencyId);
				return ProposalView.of(p, agency, today, allowedActions(staff, agency, p));
			})
			.toList();
	}

	public ProposalView find(Staff staff, long id) {
		InteractionRecords.Held<Proposal> held = records.proposal(staff, id);
		return ProposalView.of(held.item(), held.agency(), records.today(),
				allowedActions(staff, held.agency(), held.item()));
	}

	static String summaryText(AgencyInfo agency, int year, InteractionFigures.Proposals f) {
		return """
				%d年，%s共承办人大代表建议%d件、政协提案%d件，其中主办%d件、会办%d件。
				截至目前已办复%d件，按期办复%d件；主办件办理结果为A类（已经解决或基本解决）%d件、B类（正在解决或列入规划逐步解决）%d件、C类（因条件限制需以后解决）%d件、D类（留作参考）%d件。
				代表委员反馈满意%d件、基本满意%d件、不满意%d件。对不满意的件，我们将逐件回访沟通，继续推进办理。
				""".formatted(year, agency.name(), f.deputySuggestions(), f.cppccProposals(), f.lead(), f.cooperating(),
				f.replied(), f.repliedOnTime(), f.classA(), f.classB(), f.classC(), f.classD(), f.satisfied(),
				f.basicallySatisfied(), f.dissatisfied());
	}

	private static void check(NewProposal p, LocalDate today) {
		InvalidInput.Violations v = new InvalidInput.Violations();
		if (p.kind() == null) {
			v.add("kind", "validation.required");
		}
		if (p.role() == null) {
			v.add("role", "validation.required");
		}
		v.require("reference", p.reference());
		v.require("title", p.title());
		if (p.assignedOn() == null) {
			v.add("assignedOn", "validation.required");
		}
		else if (p.assignedOn().isAfter(today)) {
			v.add("assignedOn", "interaction.future", p.assignedOn());
		}
		v.throwIfAny();
	}

}
