package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.requests.DisclosureRequests.act;
import static org.gongkai.requests.DisclosureRequests.command;

/**
 * What a reply must hold (OGI art. 36, 37): the parts withheld with their legal basis and reason, a refusal's specific
 * reason, and for a disclosure the information provided, unless it goes on paper; and the clarified content it quotes
 * (art. 30). Each refusal is invalid input (400) naming its field, and leaves the application open.
 */
class ReplyRulesTests {

	private static final LocalDate ON = LocalDate.of(2025, 3, 20);

	private static final WithheldPart PART = new WithheldPart("举报人的姓名和电话", LegalBasis.ART15_THIRD_PARTY,
			"属于个人隐私，举报人不同意公开");

	@Test
	@DisplayName("部分公开 without withheld parts, or a part without basis or reason, is refused (400)")
	void aPartialDisclosureNamesEachWithheldPartWithItsBasisAndReason() {
		assertInvalid(() -> new RequestCommand.Reply(ON, Outcome.PARTIALLY_DISCLOSED, null, List.of(), "门户网站", null,
				0), "withheldPart", "requests.reply.withheldRequired");
		assertInvalid(() -> new WithheldPart("报价明细", null, "商业秘密"), "withheldBasis",
				"requests.reply.withheldBasisRequired");
		assertInvalid(() -> new WithheldPart("报价明细", LegalBasis.ART15_THIRD_PARTY, " "), "withheldReason",
				"requests.reply.withheldReasonRequired");
		assertInvalid(() -> new WithheldPart(" ", LegalBasis.ART15_THIRD_PARTY, "商业秘密"), "withheldPart",
				"requests.reply.withheldPartRequired");
	}

	@Test
	@DisplayName("不予公开 needs its specific reason (art. 36 (三))")
	void aRefusalNeedsItsReason() {
		assertInvalid(() -> new RequestCommand.Reply(ON, Outcome.WITHHELD_PROCESS_INFORMATION), "reason",
				"requests.reply.reasonRequired");
		assertThat(new RequestCommand.Reply(ON, Outcome.WITHHELD_PROCESS_INFORMATION, "属于请示报告", List.of(), null,
				null, 0).reason()).isEqualTo("属于请示报告");
	}

	@Test
	@DisplayName("公开/部分公开 cannot close without the information provided (400), and the application stays open")
	void aDisclosureCannotCloseWithoutTheInformationProvided() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		assertInvalid(() -> act(request, new RequestCommand.Reply(ON, Outcome.DISCLOSED)), "provided",
				"requests.reply.providedRequired");
		assertInvalid(() -> act(request, new RequestCommand.Reply(ON, Outcome.PARTIALLY_DISCLOSED, null,
				List.of(PART), null, null, 0)), "provided", "requests.reply.providedRequired");
		assertThat(request.status).isEqualTo(RequestStatus.RECEIVED);
		assertThat(request.outcome).isNull();

		act(request, new RequestCommand.Reply(ON, Outcome.PARTIALLY_DISCLOSED, null, List.of(PART), null, null, 2));
		assertThat(request.status).isEqualTo(RequestStatus.CLOSED);
		assertThat(request.replyFiles).isEqualTo(2);
		assertThat(request.withheld).containsExactly(PART);
	}

	@Test
	@DisplayName("a note of paper copies stands in for the files only when the applicant asked for paper")
	void paperCopiesOnlyWhenPaperWasAskedFor() {
		DisclosureRequest byEmail = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		assertInvalid(() -> act(byEmail, new RequestCommand.Reply(ON, Outcome.DISCLOSED, null, List.of(), null,
				"寄送决算报表复印件12页", 0)), "paperNote", "requests.reply.paperNotAsked");

		DisclosureRequest byPost = DisclosureRequest.received(1L, "YSQ-2025-000003", "hash", Channel.POST,
				java.time.Instant.parse("2025-03-03T02:00:00Z"), LocalDate.of(2025, 3, 3),
				DisclosureRequests.applicant(), "key", "2024年度某项目资金使用情况", null, DeliveryMethod.POST, false,
				DisclosureRequests.CALENDAR);
		act(byPost, new RequestCommand.Reply(ON, Outcome.DISCLOSED, null, List.of(), null, "寄送决算报表复印件12页", 0));
		assertThat(byPost.outcome).isEqualTo(Outcome.DISCLOSED);
		assertThat(byPost.replyPaperNote).isEqualTo("寄送决算报表复印件12页");
	}

	@Test
	@DisplayName("收到补正 records what the applicant clarified; without it the step is refused (400)")
	void theClarificationIsRecordedWithItsContent() {
		assertInvalid(() -> new RequestCommand.RecordClarification(ON, " "), "reason",
				"requests.clarification.contentRequired");
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		act(request, command(RequestAction.REQUEST_CLARIFICATION, LocalDate.of(2025, 3, 4)));
		act(request, new RequestCommand.RecordClarification(LocalDate.of(2025, 3, 6), "2024年老旧小区改造资金拨付明细"));
		assertThat(request.clarifiedContent).isEqualTo("2024年老旧小区改造资金拨付明细");
		assertThat(request.clockStartedOn).isEqualTo(LocalDate.of(2025, 3, 6));
	}

	private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
			String key) {
		assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
			assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
			assertThat(e.field()).isEqualTo(field);
			assertThat(e.messageKey()).isEqualTo(key);
		});
	}

}
