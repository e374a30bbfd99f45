/**
 * The working-day calendar every statutory clock counts on: the weekend rule, overridden by the dated holidays and
 * make-up workdays (调休上班) of each year's State Council notice. A year without a notice is an error, never a
 * weekends-only guess.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = { "platform", "audit" })
package org.gongkai.calendar;
