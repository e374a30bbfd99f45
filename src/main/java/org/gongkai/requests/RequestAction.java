package org.gongkai.requests;

/** What staff (or the daily scan) can do to an application; {@link Transitions} says when. */
public enum RequestAction {

	/** Both sides confirm an online or fax application: the day of confirmation is the day of receipt (art. 31). */
	CONFIRM_RECEIPT,
	/** Ask once, within 7 working days of receipt, for a clarification of every unclear item (art. 30). */
	REQUEST_CLARIFICATION,
	/** The clarification arrived: the 20 working days start again from that day (art. 30). */
	RECORD_CLARIFICATION,
	/** The clarification period passed without one: the application is deemed abandoned (art. 30). */
	CLOSE_UNCLARIFIED,
	/** Ask a third party or another agency in writing; 15 working days for their answer (art. 32, 34). */
	START_CONSULTATION,
	/** The consultation ended: the clock resumes. */
	END_CONSULTATION,
	/** Send a processing-fee notice within the reply period (国办函〔2020〕109号). */
	SEND_FEE_NOTICE,
	/** The fee was paid: the clock resumes. */
	RECORD_PAYMENT,
	/** Unpaid 20 working days after the day following the notice: deemed abandoned. */
	CLOSE_UNPAID,
	/** One extension of up to 20 working days, approved by the head of the office before the due date (art. 33). */
	EXTEND,
	/** The officer asks the head of the office to extend, with the reason (art. 33 ¶2); nothing changes yet. */
	REQUEST_EXTENSION,
	/** The head of the office approves the extension asked for; the day of approval is the day of the decision. */
	APPROVE_EXTENSION,
	/** The head of the office refuses the extension asked for: the reply stays due when it was. */
	REFUSE_EXTENSION,
	/** The reply, with its outcome (art. 36). */
	REPLY,
	/** The applicant withdraws the application. */
	WITHDRAW

}
