/**
 * Channels (issue 21; glossary: 政务新媒体 / 省市平台 = {@code Channel}): the places besides the portal that an agency's
 * publications are pushed to, "线上线下信息同步推送". Publishing's events (a publication, a correction as a later
 * revision, a withdrawal) become rows of a delivery ledger, one per configured channel, after the publication has
 * committed; a scheduled job delivers them, retrying with backoff, so that a channel that is down never blocks or undoes
 * a publication. Reference channels: a signed JSON webhook for a province's 集约化 platform, a WeChat official account's
 * drafts, and citizens' e-mail subscriptions (double opt-in, through the platform's outbox). Also the register of the
 * agencies' 政务新媒体 accounts with their freshness on the supervisors' board, and the offline hall's print and kiosk
 * views.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Channels",
		allowedDependencies = { "platform", "identity", "publishing", "audit" })
package org.gongkai.channels;
