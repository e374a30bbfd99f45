package org.gongkai.interaction;

/** What staff may do with a RECEIVED consultation; each ends the agency's handling of it. */
public enum Triage {

	/** Answer it. */
	ANSWER(ConsultationStatus.ANSWERED),
	/** Forward it to another agency. */
	FORWARD(ConsultationStatus.FORWARDED),
	/** Mark it as a petition or complaint and point to the 信访 channel. */
	MARK_PETITION(ConsultationStatus.PETITION),
	/** Reject it as invalid, with a reason. */
	REJECT(ConsultationStatus.REJECTED);

	private final ConsultationStatus to;

	Triage(ConsultationStatus to) {
		this.to = to;
	}

	/** The state the consultation moves to. */
	public ConsultationStatus to() {
		return to;
	}

	/** Only a RECEIVED consultation can be triaged; the others are done. */
	public static boolean allowedFrom(ConsultationStatus status) {
		return status == ConsultationStatus.RECEIVED;
	}

}
