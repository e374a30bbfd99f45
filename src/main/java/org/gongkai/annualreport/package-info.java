/**
 * 年度报告: the statutory yearly report (OGI art. 49–50, format 国办公开办函〔2021〕30号) computed from the records of
 * the other modules' {@code *Statistics}, checked (勾稽关系, annual-report.md §4), written in the admin, published as
 * a frozen snapshot and rendered as HTML, DOCX, PDF, XLSX and JSON; the administrative statistics of table 二; and
 * the history import of annual-report.md §6.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Annual report",
		allowedDependencies = { "platform", "identity", "publishing", "requests", "appeals", "audit" })
package org.gongkai.annualreport;
