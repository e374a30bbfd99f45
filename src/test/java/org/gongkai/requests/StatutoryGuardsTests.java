package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;

import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.requests.DisclosureRequests.act;
import static org.gongkai.requests.DisclosureRequests.command;
import static org.gongkai.requests.RequestAction.*;

/** The rules on top of the table: once only, within a period, before the due date, never in the future. */
class StatutoryGuardsTests {

	@Test
	@DisplayName("OGI art. 30: 一次性告知补正")
	void clarificationIsAskedOnce() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		act(request, command(REQUEST_CLARIFICATION, LocalDate.of(2025, 3, 4)));
		act(request, command(RECORD_CLARIFICATION, LocalDate.of(2025, 3, 10)));
		assertThatThrownBy(() -> act(request, command(REQUEST_CLARIFICATION, LocalDate.of(2025, 3, 11))))
			.isInstanceOf(TransitionNotAllowed.class)
			.extracting("messageKey")
			.isEqualTo("requests.clarification.once");
	}

	@Test
	@DisplayName("OGI art. 30: 自收到申请之日起7个工作日内 — across 春节 2025 and its make-up workdays")
	void clarificationWithinSevenWorkingDaysOfReceipt() {
		// received Friday 2025-01-24: 1/26 (Sun, worked), 1/27, 2/5, 2/6, 2/7, 2/8 (Sat, worked), 2/10 = 7th
		DisclosureRequest late = DisclosureRequests.received(LocalDate.of(2025, 1, 24));
		assertThatThrownBy(() -> act(late, command(REQUEST_CLARIFICATION, LocalDate.of(2025, 2, 11))))
			.isInstanceOf(TransitionNotAllowed.class)
			.extracting("messageKey")
			.isEqualTo("requests.clarification.tooLate");
		DisclosureRequest inTime = DisclosureRequests.received(LocalDate.of(2025, 1, 24));
		act(inTime, command(REQUEST_CLARIFICATION, LocalDate.of(2025, 2, 10)));
		assertThat(inTime.status).isEqualTo(RequestStatus.AWAITING_CLARIFICATION);
	}

	@Test
	void clarificationListsItsItemsAndEndsOnlyAfterItsPeriod() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		assertThatThrownBy(() -> act(request,
				new RequestCommand.RequestClarification(LocalDate.of(2025, 3, 4), null, null)))
			.isInstanceOf(DomainException.class)
			.extracting("field")
			.isEqualTo("reason");
		act(request, command(REQUEST_CLARIFICATION, LocalDate.of(2025, 3, 4)));
		// period of 10 working days from 3/4: due 3/18
		assertThat(request.clarificationDueOn).isEqualTo(LocalDate.of(2025, 3, 18));
		assertThatThrownBy(() -> act(request, command(CLOSE_UNCLARIFIED, LocalDate.of(2025, 3, 18))))
			.isInstanceOf(TransitionNotAllowed.class);
		act(request, command(CLOSE_UNCLARIFIED, LocalDate.of(2025, 3, 19)));
		assertThat(request.outcome).isEqualTo(Outcome.OTHER_NO_CLARIFICATION);
	}

	@Test
	@DisplayName("OGI art. 33: 延长的期限最长不得超过20个工作日 — once, before the due date")
	void oneExtensionOfAtMostTwentyWorkingDaysBeforeTheDueDate() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		assertThatThrownBy(() -> act(request, new RequestCommand.Extend(LocalDate.of(2025, 3, 4), 21, "需要调取档案")))
			.extracting("field")
			.isEqualTo("workingDays");
		assertThatThrownBy(() -> act(request, new RequestCommand.Extend(LocalDate.of(2025, 3, 4), 20, " ")))
			.extracting("field")
			.isEqualTo("reason");
		act(request, command(EXTEND, LocalDate.of(2025, 3, 31)));
		assertThatThrownBy(() -> act(request, command(EXTEND, LocalDate.of(2025, 4, 1))))
			.extracting("messageKey")
			.isEqualTo("requests.extension.once");

		DisclosureRequest late = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		assertThat(late.dueOn).isEqualTo(LocalDate.of(2025, 3, 31));
		assertThatThrownBy(() -> act(late, command(EXTEND, LocalDate.of(2025, 4, 1))))
			.extracting("messageKey")
			.isEqualTo("requests.extension.afterDue");
	}

	@Test
	void aReplyNeedsAnOutcomeThatAReplyCanHave() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		assertThatThrownBy(() -> act(request, new RequestCommand.Reply(LocalDate.of(2025, 3, 4), null)))
			.extracting("field")
			.isEqualTo("outcome");
		assertThatThrownBy(() -> act(request,
				new RequestCommand.Reply(LocalDate.of(2025, 3, 4), Outcome.OTHER_FEE_UNPAID)))
			.extracting("messageKey")
			.isEqualTo("requests.reply.outcomeByAction");
		act(request, new RequestCommand.Reply(LocalDate.of(2025, 3, 4), Outcome.PARTIALLY_DISCLOSED, null,
				java.util.List.of(new WithheldPart("第三方的报价明细", LegalBasis.ART15_THIRD_PARTY, "属于投标人的商业秘密")),
				"门户网站“政府采购”栏目", null, 0));
		assertThat(request.closedOn).isEqualTo(LocalDate.of(2025, 3, 4));
		assertThat(request.outcome).isEqualTo(Outcome.PARTIALLY_DISCLOSED);
	}

	@Test
	void actionsAreNeitherInTheFutureNorBeforeTheLastOne() {
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		assertThatThrownBy(() -> act(request, command(REPLY, DisclosureRequests.TODAY.plusDays(1))))
			.extracting("messageKey")
			.isEqualTo("requests.on.future");
		assertThatThrownBy(() -> act(request, command(REPLY, LocalDate.of(2025, 3, 2))))
			.extracting("messageKey")
			.isEqualTo("requests.on.beforeLast");
	}

	@Test
	@DisplayName("OGI art. 31 (三): an online application is received no earlier than the day it was sent")
	void anOnlineApplicationIsNotReceivedBeforeItWasSent() {
		// sent 2025-03-02 10:00 in Beijing
		DisclosureRequest request = DisclosureRequest.sentThroughPortal(1L, "YSQ-2025-000003", "hash",
				Instant.parse("2025-03-02T02:00:00Z"), DisclosureRequests.applicant(), "key",
				"2024年度某项目资金使用情况", null, DeliveryMethod.EMAIL, false);
		assertThatThrownBy(() -> act(request, command(CONFIRM_RECEIPT, LocalDate.of(2025, 3, 1))))
			.extracting("messageKey")
			.isEqualTo("requests.on.beforeSubmitted");
		act(request, command(CONFIRM_RECEIPT, LocalDate.of(2025, 3, 2)));
		assertThat(request.receivedOn).isEqualTo(LocalDate.of(2025, 3, 2));
		// one that staff register as sent online may have been sent on any earlier day
		DisclosureRequest registered = DisclosureRequests.submitted();
		act(registered, command(CONFIRM_RECEIPT, LocalDate.of(2025, 2, 28)));
		assertThat(registered.receivedOn).isEqualTo(LocalDate.of(2025, 2, 28));
	}

	@Test
	@DisplayName("国办函〔2020〕109号: the fee notice goes out within the reply period, once")
	void feeNoticeWithinTheReplyPeriodOnce() {
		DisclosureRequest late = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		assertThatThrownBy(() -> act(late, command(SEND_FEE_NOTICE, LocalDate.of(2025, 4, 1))))
			.extracting("messageKey")
			.isEqualTo("requests.fee.afterDue");
		DisclosureRequest request = DisclosureRequests.received(LocalDate.of(2025, 3, 3));
		act(request, command(SEND_FEE_NOTICE, LocalDate.of(2025, 3, 4)));
		act(request, command(RECORD_PAYMENT, LocalDate.of(2025, 3, 6)));
		assertThatThrownBy(() -> act(request, command(SEND_FEE_NOTICE, LocalDate.of(2025, 3, 7))))
			.extracting("messageKey")
			.isEqualTo("requests.fee.once");
	}

}
