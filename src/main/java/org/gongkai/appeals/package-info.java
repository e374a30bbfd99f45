/**
 * 复议/诉讼: administrative reconsideration and litigation cases about the agency's disclosure work (OGI art. 51),
 * linked to the application they concern when there is one, and the figures of table 四 of the annual report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appeals",
		allowedDependencies = { "platform", "identity", "audit" })
package org.gongkai.appeals;
