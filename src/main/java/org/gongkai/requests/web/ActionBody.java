package org.gongkai.requests.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.requests.FeeSchedule;
import org.gongkai.requests.LegalBasis;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestAction;
import org.gongkai.requests.RequestCommand;
import org.gongkai.requests.WithheldPart;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The action as the API's JSON body and the officer's form send it, one flat shape for every action; {@link #command}
 * builds the action's own record, which refuses a missing or malformed field (400, naming the field). A reply's
 * withheld parts come as three lists of the same length ({@code withheldPart}, {@code withheldBasis},
 * {@code withheldReason}); a row left wholly empty on the form is ignored. {@code confirmed} is the second step of
 * the reply form, after the officer read the letter's preview.
 */
record ActionBody(RequestAction action, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Outcome outcome,
		Integer workingDays, String reason, String party, BigDecimal amountYuan, FeeSchedule feeSchedule,
		Integer feeQuantity, List<String> withheldPart, List<LegalBasis> withheldBasis, List<String> withheldReason,
		String reference, String paperNote, Boolean confirmed) {

	static final ActionBody EMPTY = new ActionBody(null, null, null, null, null, null, null, null, null, null, null,
			null, null, null, null);

	RequestCommand command() {
		if (action == RequestAction.REPLY) {
			return new RequestCommand.Reply(on, outcome, reason, withheld(), reference, paperNote, 0);
		}
		return RequestCommand.of(action, on, outcome, workingDays, reason, party, amountYuan, feeSchedule,
				feeQuantity);
	}

	/** Whether the officer confirmed the letter they previewed. */
	boolean isConfirmed() {
		return Boolean.TRUE.equals(confirmed);
	}

	/** The withheld parts, only for an outcome that withholds some. */
	private List<WithheldPart> withheld() {
		if (outcome != Outcome.PARTIALLY_DISCLOSED) {
			return List.of();
		}
		List<WithheldPart> parts = new ArrayList<>();
		int rows = Math.max(size(withheldPart), Math.max(size(withheldBasis), size(withheldReason)));
		for (int i = 0; i < rows; i++) {
			String part = at(withheldPart, i);
			LegalBasis basis = at(withheldBasis, i);
			String why = at(withheldReason, i);
			if (blank(part) && basis == null && blank(why)) {
				continue;
			}
			parts.add(new WithheldPart(part, basis, why));
		}
		return parts;
	}

	private static int size(List<?> list) {
		return list == null ? 0 : list.size();
	}

	private static <T> T at(List<T> list, int i) {
		return list == null || i >= list.size() ? null : list.get(i);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
