package org.gongkai.requests;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One action on an application with what it needs: the date it happened, and per action an outcome (REPLY), a
 * number of working days (EXTEND, the clarification period of REQUEST_CLARIFICATION), a reason or the items to
 * clarify, the consulted party, the fee.
 */
public record ActionCommand(RequestAction action, LocalDate on, Outcome outcome, Integer workingDays, String reason,
		String party, BigDecimal amountYuan, FeeSchedule feeSchedule, Integer feeQuantity) {

	public static ActionCommand of(RequestAction action, LocalDate on) {
		return new ActionCommand(action, on, null, null, null, null, null, null, null);
	}

	public ActionCommand withOutcome(Outcome value) {
		return new ActionCommand(action, on, value, workingDays, reason, party, amountYuan, feeSchedule, feeQuantity);
	}

	public ActionCommand withWorkingDays(int value) {
		return new ActionCommand(action, on, outcome, value, reason, party, amountYuan, feeSchedule, feeQuantity);
	}

	public ActionCommand withReason(String value) {
		return new ActionCommand(action, on, outcome, workingDays, value, party, amountYuan, feeSchedule, feeQuantity);
	}

	public ActionCommand withParty(String value) {
		return new ActionCommand(action, on, outcome, workingDays, reason, value, amountYuan, feeSchedule, feeQuantity);
	}

	public ActionCommand withFee(FeeSchedule schedule, int quantity, BigDecimal amount) {
		return new ActionCommand(action, on, outcome, workingDays, reason, party, amount, schedule, quantity);
	}

}
