package org.gongkai.interaction;

import java.time.LocalDate;

/**
 * What the public sees of a consultation: by its tracking number (the asker), or in the Q&A list when both the asker
 * and the office agreed to publish it. No personal data.
 *
 * @param reason why it was rejected, or the note pointing to the 信访 channel
 * @param forwardedTo the new tracking number at the agency it was forwarded to
 */
public record PublicAnswer(String trackingNumber, String agencyName, String subject, String question,
		ConsultationStatus status, LocalDate receivedOn, LocalDate dueOn, boolean dueOnProvisional,
		LocalDate handledOn, String answer,
		String reason, String forwardedTo, String forwardedToAgency) {
}
