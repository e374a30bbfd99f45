package org.gongkai.requests.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.gongkai.requests.FeeSchedule;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestAction;
import org.gongkai.requests.RequestCommand;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The action as the API's JSON body and the officer's form send it, one flat shape for every action; {@link #command}
 * builds the action's own record, which refuses a missing or malformed field (400, naming the field).
 */
record ActionBody(RequestAction action, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Outcome outcome,
		Integer workingDays, String reason, String party, BigDecimal amountYuan, FeeSchedule feeSchedule,
		Integer feeQuantity) {

	static final ActionBody EMPTY = new ActionBody(null, null, null, null, null, null, null, null, null);

	RequestCommand command() {
		return RequestCommand.of(action, on, outcome, workingDays, reason, party, amountYuan, feeSchedule,
				feeQuantity);
	}

}
