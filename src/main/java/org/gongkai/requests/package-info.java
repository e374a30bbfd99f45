/**
 * 依申请公开: applications for government information (OGI art. 27–45), from intake to the reply, on one
 * transition table, with statutory deadlines derived from the timeline and the working-day calendar, processing
 * fees (国办函〔2020〕109号), reply letters, and the statistics of the annual report's table 三.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests",
		allowedDependencies = { "platform", "identity", "calendar", "audit" })
package org.gongkai.requests;
