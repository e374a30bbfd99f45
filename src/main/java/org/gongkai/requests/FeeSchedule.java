package org.gongkai.requests;

/** The two ways of charging the processing fee; one per application, never both (国办函〔2020〕109号 art. 3). */
public enum FeeSchedule {

	/** 按件计收 (art. 4): by the application's rank among the applicant's applications of the calendar month. */
	PER_APPLICATION,
	/** 按量计收 (art. 5): by the number of pages provided. */
	PER_PAGE

}
