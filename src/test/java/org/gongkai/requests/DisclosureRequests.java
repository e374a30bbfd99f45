package org.gongkai.requests;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.gongkai.calendar.OfficialCalendar;
import org.gongkai.calendar.WorkingDayCalendar;

/** Builds applications on the official calendar, with valid defaults, in any state. */
final class DisclosureRequests {

	static final WorkingDayCalendar CALENDAR = OfficialCalendar.calendar();

	/** The day the tests act on: late enough for every date they use. */
	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private DisclosureRequests() {
	}

	static DisclosureRequest submitted() {
		return DisclosureRequest.submitted(1L, "YSQ-2025-000001", "hash", Channel.ONLINE,
				Instant.parse("2025-03-02T02:00:00Z"), applicant(), "key", "2024年度某项目资金使用情况", null,
				DeliveryMethod.EMAIL, false);
	}

	static DisclosureRequest received(LocalDate on) {
		return DisclosureRequest.received(1L, "YSQ-2025-000002", "hash", Channel.IN_PERSON,
				Instant.parse("2025-03-03T02:00:00Z"), on, applicant(), "key", "2024年度某项目资金使用情况", null,
				DeliveryMethod.EMAIL, false, CALENDAR);
	}

	/** An application received on 2025-03-03 (Monday) and brought into {@code status} on 2025-03-04. */
	static DisclosureRequest in(RequestStatus status) {
		LocalDate day = LocalDate.of(2025, 3, 4);
		DisclosureRequest request = status == RequestStatus.SUBMITTED ? submitted()
				: received(LocalDate.of(2025, 3, 3));
		switch (status) {
			case AWAITING_CLARIFICATION -> act(request, command(RequestAction.REQUEST_CLARIFICATION, day));
			case IN_CONSULTATION -> act(request, command(RequestAction.START_CONSULTATION, day));
			case AWAITING_PAYMENT -> act(request, command(RequestAction.SEND_FEE_NOTICE, day));
			case CLOSED -> act(request, command(RequestAction.REPLY, day));
			default -> {
			}
		}
		return request;
	}

	/** A command for the action that satisfies its statutory guards for an application built by {@link #in}. */
	static RequestCommand validCommand(RequestAction action) {
		return switch (action) {
			case CONFIRM_RECEIPT, REQUEST_CLARIFICATION, START_CONSULTATION, SEND_FEE_NOTICE, EXTEND, REQUEST_EXTENSION,
					APPROVE_EXTENSION, REFUSE_EXTENSION ->
				command(action, LocalDate.of(2025, 3, 5));
			case RECORD_CLARIFICATION, RECORD_PAYMENT -> command(action, LocalDate.of(2025, 3, 12));
			case END_CONSULTATION -> command(action, LocalDate.of(2025, 3, 20));
			case REPLY, WITHDRAW -> command(action, LocalDate.of(2025, 3, 6));
			case CLOSE_UNCLARIFIED, CLOSE_UNPAID -> command(action, LocalDate.of(2025, 6, 30));
		};
	}

	/**
	 * A valid command of the action on a day; a reply discloses the information by a reference to where it is
	 * published (OGI art. 36 (一)).
	 */
	static RequestCommand command(RequestAction action, LocalDate on) {
		if (action == RequestAction.REPLY) {
			return new RequestCommand.Reply(on, Outcome.DISCLOSED, null, java.util.List.of(),
					"示例区人民政府门户网站“财政预决算”栏目", null, 0);
		}
		boolean extension = action == RequestAction.EXTEND || action == RequestAction.REQUEST_EXTENSION;
		return RequestCommand.of(action, on, Outcome.DISCLOSED, extension ? 20 : 10,
				extension ? "需要调取档案，经负责人同意延期" : "请写明所需文件的名称或文号", "某建设有限公司",
				new BigDecimal("100"), FeeSchedule.PER_PAGE, 40);
	}

	/**
	 * Brings a RECEIVED application to where the action's own guard lets it act: the head of the office decides only
	 * on an extension an officer asked for (OGI art. 33 ¶2).
	 */
	static void prepareFor(DisclosureRequest request, RequestAction action) {
		if (request.status == RequestStatus.RECEIVED
				&& (action == RequestAction.APPROVE_EXTENSION || action == RequestAction.REFUSE_EXTENSION)) {
			act(request, command(RequestAction.REQUEST_EXTENSION, LocalDate.of(2025, 3, 5)));
		}
	}

	static void act(DisclosureRequest request, RequestCommand command) {
		request.apply(command, TODAY, CALENDAR);
	}

	static Applicant applicant() {
		return new Applicant(ApplicantType.NATURAL_PERSON, "张三", Applicant.IdType.RESIDENT_ID_CARD, "sealed",
				"sealed", "zhangsan@example.com", "示例区某路1号", null, null);
	}

}
