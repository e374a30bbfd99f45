package org.gongkai.interaction;

/**
 * A staff decision on a consultation.
 *
 * @param on the day it was done (today when null; never in the future), e.g. an answer given by phone yesterday
 * @param text the answer (ANSWER), the reason (REJECT), the note to the asker about the 信访 channel
 * (MARK_PETITION) or an optional forwarding note (FORWARD)
 * @param toAgencyCode the agency to forward to (FORWARD)
 * @param publish whether an answer may appear in the public Q&A list (only if the asker agreed too)
 */
public record TriageCommand(Triage triage, java.time.LocalDate on, String text, String toAgencyCode, boolean publish) {
}
