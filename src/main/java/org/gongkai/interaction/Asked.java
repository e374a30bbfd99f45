package org.gongkai.interaction;

import java.time.LocalDate;

/**
 * The receipt of a consultation: the tracking number to look the answer up with, and the promised date ({@code id}
 * is for staff pages only).
 */
public record Asked(long id, String trackingNumber, LocalDate receivedOn, LocalDate dueOn, boolean dueOnProvisional,
		String agencyName)
		implements java.io.Serializable {
}
