package org.gongkai.interaction;

import java.time.LocalDate;

/** The receipt of a consultation: the tracking number to look the answer up with, and the promised date. */
public record Asked(String trackingNumber, LocalDate receivedOn, LocalDate dueOn, String agencyName) {
}
