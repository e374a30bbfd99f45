package org.gongkai.publishing;

import java.time.LocalDate;

/**
 * A line of the ledger of rules and normative documents. A document is in force on a day when it was issued by then,
 * was not abolished by then, and its validity period has not run out (rules.md §6: expiry ends it unless renewed).
 */
public record NormativeEntry(long id, long agencyId, NormativeKind kind, String title, String documentNumber, LocalDate issuedOn,
		LocalDate validUntil, LocalDate abolishedOn, Long documentId, LocalDate amendedOn) {

	/** Where a document stands on a day (立、改、废, rules.md §6). */
	public enum Status {

		/** Issued with a later date of effect. */
		NOT_YET_IN_FORCE,
		/** 现行有效. */
		IN_FORCE,
		/** 已修改: in force as amended by a later document. */
		AMENDED,
		/** 已废止. */
		ABOLISHED,
		/** 已失效: its validity period ran out. */
		EXPIRED

	}

	public Status statusOn(LocalDate day) {
		if (issuedOn.isAfter(day)) {
			return Status.NOT_YET_IN_FORCE;
		}
		if (inForceOn(day)) {
			return amendedOn != null && !amendedOn.isAfter(day) ? Status.AMENDED : Status.IN_FORCE;
		}
		return abolishedOn != null && !abolishedOn.isAfter(day) ? Status.ABOLISHED : Status.EXPIRED;
	}

	public boolean inForceOn(LocalDate day) {
		return !issuedOn.isAfter(day) && (abolishedOn == null || abolishedOn.isAfter(day))
				&& (validUntil == null || !validUntil.isBefore(day));
	}

	/** The day it stopped being in force, by abolition or expiry, if it has one. */
	public LocalDate endedOn() {
		LocalDate expiry = validUntil == null ? null : validUntil.plusDays(1);
		if (abolishedOn == null) {
			return expiry;
		}
		return expiry == null || abolishedOn.isBefore(expiry) ? abolishedOn : expiry;
	}

	/** Due for review in the cleanup (清理) within six months of its expiry (rules.md §6). */
	public boolean expiresWithinSixMonths(LocalDate today) {
		return inForceOn(today) && validUntil != null && !validUntil.isAfter(today.plusMonths(6));
	}

	/**
	 * The default validity period of local practice (rules.md §6, configurable): five years, two for a document
	 * marked 试行 or 暂行.
	 */
	public static LocalDate defaultValidUntil(String title, LocalDate issuedOn) {
		boolean trial = title.contains("试行") || title.contains("暂行");
		return issuedOn.plusYears(trial ? 2 : 5).minusDays(1);
	}

}
