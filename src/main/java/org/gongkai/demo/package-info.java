/**
 * The demo: a first start in demo mode seeds the fictional 示例区人民政府 with its bureaus, staff for every role, and
 * records of every kind (publications, service items, applications, consultations, proposals, findings, appeals,
 * administrative statistics and annual reports), dated from the day of the first start. It only calls the other
 * modules' public APIs, as a user would; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
		allowedDependencies = { "platform", "identity", "calendar", "publishing", "requests", "appeals",
				"interaction", "assistant", "annualreport", "channels" })
package org.gongkai.demo;
