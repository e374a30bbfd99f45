/**
 * The working-day calendar every statutory clock counts on: the weekend rule, overridden by the dated holidays and
 * make-up workdays (调休上班) of each year's State Council notice. A year without a notice is counted on a
 * provisional calendar computed from 《全国年节及纪念日放假办法》 (its statutory holidays and 补假, never a
 * weekends-only guess), and every date that depends on it is marked provisional until the notice is entered.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = { "platform", "audit" })
package org.gongkai.calendar;
