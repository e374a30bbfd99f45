package org.gongkai.interaction;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A training session on disclosure work (时间, 人次, 内容). */
public record TrainingRecord(Long id, String agencyCode, String agencyName, LocalDate heldOn, String topic,
		Integer attendees, BigDecimal hours, String recordedBy) {
}
