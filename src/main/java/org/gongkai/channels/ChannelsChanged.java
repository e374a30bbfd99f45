package org.gongkai.channels;

import org.gongkai.audit.AuditableEvent;

/**
 * A change to an agency's channels, its new-media register, a resend or a citizen's subscription: recorded in the
 * audit log. Actions: {@code CHANNEL_ADDED}, {@code CHANNEL_ENABLED}, {@code CHANNEL_DISABLED},
 * {@code DELIVERY_RESENT}, {@code NEW_MEDIA_ACCOUNT_ADDED}, {@code NEW_MEDIA_ACCOUNT_CHANGED},
 * {@code SUBSCRIPTION_CONFIRMED}, {@code SUBSCRIPTION_ENDED}. Summaries carry no secret and no full e-mail address.
 */
public record ChannelsChanged(String agencyCode, String action, String subject, String summary, String actor)
		implements AuditableEvent {
}
