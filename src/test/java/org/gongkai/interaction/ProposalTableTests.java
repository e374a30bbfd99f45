package org.gongkai.interaction;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.interaction.ProposalAction.DRAFT_PUBLICATION;
import static org.gongkai.interaction.ProposalAction.RECORD_FEEDBACK;
import static org.gongkai.interaction.ProposalAction.REPLY;
import static org.gongkai.interaction.ProposalStatus.ASSIGNED;
import static org.gongkai.interaction.ProposalStatus.CLOSED;
import static org.gongkai.interaction.ProposalStatus.REPLIED;

/**
 * Every (state, action) pair of a proposal against 代表法 art. 51 and the office rules of rules.md §7.2: the agency
 * answers an ASSIGNED proposal (art. 51 ¶2), the deputy's or member's view on the 征询意见表 closes it, and the
 * reply, before or after that view, is published once (art. 51 ¶3: "办理情况的报告，应当予以公开"); every other pair
 * is refused with 409 and changes nothing. On top of the table: only the lead unit records the view, and a reply
 * is drafted for publication only once.
 */
class ProposalTableTests {

	private static final LocalDate ASSIGNED_ON = LocalDate.of(2026, 2, 16);

	private static final LocalDate TODAY = LocalDate.of(2026, 4, 20);

	/** The expected table, written from the statute independently of {@link Proposal#TABLE}. */
	private static final Map<ProposalStatus, Map<ProposalAction, ProposalStatus>> STATUTE = new EnumMap<>(
			ProposalStatus.class);

	static {
		allow(ASSIGNED, REPLY, REPLIED); // art. 51 ¶2: within 3 (complex: 6) months
		allow(REPLIED, RECORD_FEEDBACK, CLOSED);
		allow(REPLIED, DRAFT_PUBLICATION, REPLIED); // art. 51 ¶3
		allow(CLOSED, DRAFT_PUBLICATION, CLOSED);
	}

	private static void allow(ProposalStatus from, ProposalAction action, ProposalStatus to) {
		STATUTE.computeIfAbsent(from, s -> new EnumMap<>(ProposalAction.class)).put(action, to);
	}

	static Stream<Arguments> everyPair() {
		return Arrays.stream(ProposalStatus.values())
			.flatMap(status -> Arrays.stream(ProposalAction.values()).map(action -> Arguments.of(status, action)));
	}

	@ParameterizedTest(name = "{0} × {1}")
	@MethodSource("everyPair")
	@DisplayName("每个状态 × 每个操作")
	void everyPairIsDecidedByTheStatute(ProposalStatus status, ProposalAction action) {
		Proposal proposal = in(status, ProposalRole.LEAD);
		ProposalStatus expected = STATUTE.getOrDefault(status, Map.of()).get(action);
		if (expected == null) {
			assertThat(Proposal.TABLE.allowed(status)).doesNotContain(action);
			assertThat(proposal.allowed()).doesNotContain(action);
			assertThatThrownBy(() -> proposal.apply(valid(action), TODAY))
				.isInstanceOfSatisfying(DomainException.class, e -> {
					assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
					assertThat(e.field()).isEqualTo("action");
				});
			assertThat(proposal.status).isEqualTo(status);
		}
		else {
			assertThat(Proposal.TABLE.allowed(status)).contains(action);
			assertThat(proposal.allowed()).contains(action);
			proposal.apply(valid(action), TODAY);
			assertThat(proposal.status).isEqualTo(expected);
		}
	}

	@Test
	void theTableAllowsExactlyWhatTheStatuteDoes() {
		for (ProposalStatus status : ProposalStatus.values()) {
			assertThat(Proposal.TABLE.allowed(status))
				.containsExactlyInAnyOrderElementsOf(STATUTE.getOrDefault(status, Map.of()).keySet());
		}
	}

	@Test
	void onlyTheLeadUnitRecordsTheDeputysView() {
		Proposal cooperating = in(REPLIED, ProposalRole.COOPERATING);
		assertThat(cooperating.allowed()).containsExactly(DRAFT_PUBLICATION);
		assertThatThrownBy(() -> cooperating.apply(valid(RECORD_FEEDBACK), TODAY))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
				assertThat(e.messageKey()).isEqualTo("interaction.proposal.feedbackLeadOnly");
			});
		assertThat(cooperating.status).isEqualTo(REPLIED);
	}

	@Test
	void aReplyIsDraftedForPublicationOnceAndNotBeforeItIsGiven() {
		assertThatThrownBy(() -> in(ASSIGNED, ProposalRole.LEAD).readyToPublish())
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("interaction.proposal.notReplied"));
		Proposal replied = in(REPLIED, ProposalRole.LEAD);
		replied.apply(valid(DRAFT_PUBLICATION), TODAY);
		assertThat(replied.replyDocumentId).isEqualTo(42L);
		assertThat(replied.allowed()).containsExactly(RECORD_FEEDBACK);
		assertThatThrownBy(() -> replied.apply(new ProposalCommand.DraftPublication(43), TODAY))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("interaction.proposal.alreadyDrafted"));
		assertThat(replied.replyDocumentId).isEqualTo(42L);
	}

	@Test
	void theDiagramShowsEveryMove() {
		assertThat(Proposal.TABLE.mermaid()).contains("[*] --> ASSIGNED")
			.contains("ASSIGNED --> REPLIED : REPLY")
			.contains("CLOSED --> CLOSED : DRAFT_PUBLICATION");
	}

	/** A proposal assigned on {@link #ASSIGNED_ON}, taken to {@code status} through its own steps. */
	static Proposal in(ProposalStatus status, ProposalRole role) {
		Proposal proposal = Proposal.assigned(1, new NewProposal(ProposalKind.DEPUTY_SUGGESTION, "第12号", "建议",
				"王代表", "区人大常委会人代工委", ASSIGNED_ON, false, role));
		if (status != ASSIGNED) {
			proposal.apply(new ProposalCommand.Reply(ASSIGNED_ON.plusDays(30), "答复", OutcomeClass.A), TODAY);
		}
		if (status == CLOSED) {
			proposal.apply(new ProposalCommand.RecordFeedback(ASSIGNED_ON.plusDays(40), Satisfaction.SATISFIED),
					TODAY);
		}
		return proposal;
	}

	/** A command of the action with every field it needs. */
	static ProposalCommand valid(ProposalAction action) {
		return switch (action) {
			case REPLY -> new ProposalCommand.Reply(null, "答复内容", OutcomeClass.B);
			case RECORD_FEEDBACK -> new ProposalCommand.RecordFeedback(null, Satisfaction.BASICALLY_SATISFIED);
			case DRAFT_PUBLICATION -> new ProposalCommand.DraftPublication(42);
		};
	}

}
