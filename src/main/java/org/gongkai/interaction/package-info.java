/**
 * 互动回应与监督保障: consultations from the public (政务咨询/留言) with a reply ledger on the working-day calendar and the
 * website indicators' 3-month limit (国办秘函〔2019〕19号), deputies' suggestions and CPPCC proposals (建议提案, 代表法
 * art. 51) with the publication of replies, inspection findings and their rectification (督查整改销号), training records
 * and complaints about disclosure work, and the figures the annual report's section 一(五) quotes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interaction",
		allowedDependencies = { "platform", "identity", "calendar", "audit", "publishing", "assistant" })
package org.gongkai.interaction;
