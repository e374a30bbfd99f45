package org.gongkai.interaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.calendar.OfficialCalendar;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The state rules of consultations, proposals and findings, and what a valid question is. */
class StateRulesTests {

	private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 31);

	@Test
	void aConsultationIsHandledOnceAndLateWhenAfterItsDueDate() {
		Consultation c = consultation(true);
		c.apply(new ConsultationCommand.Answer(RECEIVED.plusDays(10), "答复内容", true), TODAY, "officer");
		assertThat(c.status).isEqualTo(ConsultationStatus.ANSWERED);
		assertThat(c.published).isTrue();
		assertThat(c.lateOn(RECEIVED.plusDays(30))).isTrue();
		assertThatThrownBy(() -> c.apply(new ConsultationCommand.Reject(RECEIVED.plusDays(11), "无效"), TODAY, "officer"))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
	}

	@Test
	void anAnswerIsPublishedOnlyWhenTheAskerAgreed() {
		Consultation c = consultation(false);
		c.apply(new ConsultationCommand.Answer(RECEIVED, "答复内容", true), TODAY, "officer");
		assertThat(c.published).isFalse();
	}

	@Test
	void answeringAndRejectingNeedText_andNothingHappensBeforeReceipt() {
		assertThatThrownBy(() -> consultation(true).apply(
				new ConsultationCommand.Answer(RECEIVED, " ", true), TODAY, "officer"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("answer"));
		assertThatThrownBy(() -> consultation(true).apply(
				new ConsultationCommand.Reject(RECEIVED, null), TODAY, "officer"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
		assertThatThrownBy(() -> consultation(true).apply(
				new ConsultationCommand.MarkPetition(RECEIVED.minusDays(1), "请走信访渠道"), TODAY, "officer"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("on"));
		Consultation fine = consultation(true);
		fine.apply(new ConsultationCommand.MarkPetition(RECEIVED, "请走信访渠道"), TODAY, "officer");
		assertThat(fine.status).isEqualTo(ConsultationStatus.PETITION);
		assertThat(fine.lateOn(RECEIVED.plusYears(1))).isFalse();
	}

	@Test
	void everyBrokenFieldOfAQuestionIsReportedAtOnce() {
		assertThatThrownBy(() -> QuestionRules.check(new Question("", "12345", "not-mail", "", "短", false)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
				.extracting(InvalidInput.Violation::field)
				.containsExactly("name", "phone", "email", "subject", "question"));
		assertThatThrownBy(() -> QuestionRules.check(new Question("张三", null, null, "主题", "一个足够长的问题", false)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
				.extracting(InvalidInput.Violation::messageKey)
				.containsExactly("interaction.question.contactRequired"));
		QuestionRules.check(new Question("张三", "027-12345678", null, "主题", "一个足够长的问题", false));
		QuestionRules.check(new Question("张三", null, "zs@example.com", "主题", "一个足够长的问题", false));
	}

	@Test
	void aLeadReplyNeedsItsOutcomeClassAndTheDeputysViewClosesIt() {
		Proposal lead = proposal(ProposalRole.LEAD);
		assertThatThrownBy(() -> lead.apply(new ProposalCommand.Reply(LocalDate.of(2026, 4, 1), "已研究", null), TODAY))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("outcomeClass"));
		assertThatThrownBy(() -> lead.apply(
				new ProposalCommand.RecordFeedback(LocalDate.of(2026, 4, 1), Satisfaction.SATISFIED), TODAY))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
		lead.apply(new ProposalCommand.Reply(LocalDate.of(2026, 4, 1), "已研究", OutcomeClass.B), TODAY);
		lead.apply(
				new ProposalCommand.RecordFeedback(LocalDate.of(2026, 4, 20), Satisfaction.BASICALLY_SATISFIED), TODAY);
		assertThat(lead.status).isEqualTo(ProposalStatus.CLOSED);
		assertThat(lead.lateOn(LocalDate.of(2026, 12, 1))).isFalse();
	}

	@Test
	void aCooperatingUnitGivesItsOpinionWithoutAClassAndRecordsNoFeedback() {
		Proposal cooperating = proposal(ProposalRole.COOPERATING);
		assertThat(cooperating.dueOn).isEqualTo(LocalDate.of(2026, 3, 16));
		cooperating.apply(new ProposalCommand.Reply(LocalDate.of(2026, 3, 20), "会办意见", OutcomeClass.A), TODAY);
		assertThat(cooperating.outcomeClass).isNull();
		assertThat(cooperating.lateOn(LocalDate.of(2026, 3, 20))).isTrue();
		assertThat(cooperating.publicationTitle()).isEqualTo("关于区政协提案委第12号提案的会办意见");
		assertThatThrownBy(() -> cooperating.apply(
				new ProposalCommand.RecordFeedback(LocalDate.of(2026, 3, 25), Satisfaction.SATISFIED), TODAY))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("interaction.proposal.feedbackLeadOnly"));
	}

	@Test
	void aFindingIsFixedThenSignedOffOrReturned_andOverdueWhenClosedAfterItsDeadline() {
		Finding finding = Finding.recorded(2, 1, "supervisor", new NewFinding("demo-bureau",
				FindingSource.QUARTERLY_INSPECTION, LocalDate.of(2026, 3, 1), "问题", "要求", LocalDate.of(2026, 3, 31),
				"张三"));
		assertThatThrownBy(() -> finding.apply(new FindingCommand.SignOff(), LocalDate.of(2026, 3, 10), "supervisor"))
			.isInstanceOf(DomainException.class);
		finding.apply(
				new FindingCommand.ReportFix("已整改", List.of("/sites/demo-bureau/")), LocalDate.of(2026, 3, 10), "officer");
		finding.apply(new FindingCommand.ReturnFix("仍有遗漏"), LocalDate.of(2026, 3, 12), "supervisor");
		assertThat(finding.status).isEqualTo(FindingStatus.OPEN);
		assertThat(finding.overdueOn(LocalDate.of(2026, 4, 1))).isTrue();
		finding.apply(new FindingCommand.ReportFix("已全部整改", List.of()), LocalDate.of(2026, 4, 2), "officer");
		finding.apply(new FindingCommand.SignOff(), LocalDate.of(2026, 4, 3), "supervisor");
		assertThat(finding.status).isEqualTo(FindingStatus.CLOSED);
		assertThat(finding.overdueOn(LocalDate.of(2026, 12, 31))).as("closed after its deadline").isTrue();
		assertThat(finding.links()).isEmpty();
	}

	private static Consultation consultation(boolean publishAgreed) {
		return Consultation.received(1, "ZX2026-TEST", new Question("张三", "13800138000", null, "主题", "问题内容很长",
				publishAgreed), Instant.EPOCH, RECEIVED, 5, OfficialCalendar.calendar(), null);
	}

	private static Proposal proposal(ProposalRole role) {
		return Proposal.assigned(1, new NewProposal(ProposalKind.CPPCC_PROPOSAL, "第12号", "提案", "李委员", "区政协提案委",
				LocalDate.of(2026, 2, 16), false, role));
	}

}
