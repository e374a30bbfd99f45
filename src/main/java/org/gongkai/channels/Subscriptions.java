package org.gongkai.channels;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.ContactDetails;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.Outbox;
import org.gongkai.platform.SiteIdentity;
import org.gongkai.publishing.Catalog;
import org.gongkai.publishing.CatalogColumn;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens' e-mail subscriptions to an agency or one of its columns, where the agency has a {@code SUBSCRIBERS}
 * channel: double opt-in (the first mail carries a link that must be followed before anything else is sent), and a
 * link in every mail that ends the subscription in one step. Mail goes through the platform's outbox.
 */
@Service
public class Subscriptions {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AgencyDirectory agencies;

	private final ChannelAdministration channels;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String baseUrl;

	private final Catalog catalog;

	Subscriptions(JdbcClient jdbc, AgencyDirectory agencies, ChannelAdministration channels, Outbox outbox,
			ApplicationEventPublisher events, Clock clock, SiteIdentity site, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.agencies = agencies;
		this.channels = channels;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
		this.baseUrl = site.baseUrl();
	}

	/**
	 * A subscription as its owner sees it through its link; the address masked; {@code columnName} the column's name
	 * in the catalog (its code when the column has left it), null with the column for every column.
	 */
	public record Subscription(String agencyCode, String agencyName, String columnCode, String columnName,
			String maskedEmail, boolean confirmed, boolean ended) {

		/**
		 * What its link's page offers: the confirmation or the unsubscription, or, when that is done already (a link
		 * followed twice), that it is.
		 */
		public String step(boolean confirmationLink) {
			if (ended) {
				return "ended";
			}
			if (confirmationLink) {
				return confirmed ? "confirmed" : "confirm";
			}
			return "unsubscribe";
		}

	}

	/** A confirmed subscriber, with the token of its unsubscribe link. */
	record Subscriber(String email, String token) {
	}

	/** Whether the public may subscribe to this agency (it has an enabled subscribers channel). */
	public boolean open(AgencyInfo agency) {
		return channels.of(agency.id().value())
			.stream()
			.anyMatch(channel -> channel.kind() == ChannelKind.SUBSCRIBERS && channel.enabled());
	}

	/**
	 * What the subscription form offers: the agencies the public may subscribe to, in the order of the portal's tree;
	 * the one asked for (the first when it is not among them, null when there is none); and the columns of its
	 * catalog, tree-ordered, one of which a subscription may be limited to.
	 */
	public record Choice(List<AgencyInfo> agencies, AgencyInfo agency, List<CatalogColumn> columns) {
	}

	/** The form's choice with the agency of this code chosen. */
	public Choice choice(String agencyCode) {
		List<AgencyInfo> open = agencies.all().stream().filter(this::open).toList();
		AgencyInfo chosen = open.stream()
			.filter(agency -> agency.code().equals(agencyCode))
			.findFirst()
			.orElse(open.isEmpty() ? null : open.get(0));
		return new Choice(open, chosen, chosen == null ? List.of() : columns(chosen));
	}

	private List<CatalogColumn> columns(AgencyInfo agency) {
		return catalog.of(agency.id());
	}

	/**
	 * Records a subscription waiting for confirmation and mails its confirmation link. An agency that offers no
	 * subscription, or a column that is not in its catalog, is refused (400); no column is every column.
	 */
	@Transactional
	public void subscribe(String agencyCode, String columnCode, String email) {
		AgencyInfo agency = agencies.findByCode(agencyCode == null ? "" : agencyCode.strip())
			.filter(this::open)
			.orElseThrow(() -> DomainException.invalid("agencyCode", "channels.subscribe.unavailable"));
		Optional<CatalogColumn> column = columnCode == null || columnCode.isBlank() ? Optional.empty()
				: Optional.of(columns(agency).stream()
					.filter(c -> c.code().equals(columnCode.strip()))
					.findFirst()
					.orElseThrow(() -> DomainException.invalid("columnCode", "channels.subscribe.columnUnknown")));
		if (!ContactDetails.isEmail(email)) {
			throw DomainException.invalid("email", "channels.subscribe.emailInvalid");
		}
		String token = token();
		jdbc.sql("""
				insert into subscription (agency_id, column_code, email, token, created_at)
				values (:agency, :column, :email, :token, :at)""")
			.param("agency", agency.id().value())
			.param("column", column.map(CatalogColumn::code).orElse(null))
			.param("email", email.strip())
			.param("token", token)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		outbox.queue(email.strip(), "请确认订阅" + agency.name() + "的政府信息", """
				您（或有人使用您的邮箱）申请订阅%s%s发布的政府信息。
				确认订阅请打开：%s/subscriptions/confirm?token=%s
				如非本人操作，请忽略本邮件，我们不会再向您发送邮件。""".formatted(agency.name(),
				column.map(c -> "（" + c.name() + "栏目）").orElse(""), baseUrl, token));
	}

	/**
	 * Brings in a subscription confirmed elsewhere (a list moved from an earlier system that did its own double
	 * opt-in, or the demo); answers its token.
	 */
	@Transactional
	public String importConfirmed(String agencyCode, String columnCode, String email) {
		AgencyInfo agency = agencies.findByCode(agencyCode)
			.orElseThrow(() -> DomainException.notFound("channels.subscribe.unavailable"));
		if (!ContactDetails.isEmail(email)) {
			throw DomainException.invalid("email", "channels.subscribe.emailInvalid");
		}
		String token = token();
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into subscription (agency_id, column_code, email, token, created_at, confirmed_at)
				values (:agency, :column, :email, :token, :at, :at)""")
			.param("agency", agency.id().value())
			.param("column", columnCode)
			.param("email", email.strip())
			.param("token", token)
			.param("at", now)
			.update();
		return token;
	}

	/** The subscription a link names. */
	public Optional<Subscription> find(String token) {
		return jdbc.sql("""
				select agency_id, column_code, email, confirmed_at is not null, unsubscribed_at is not null
				from subscription where token = :token""")
			.param("token", token == null ? "" : token)
			.query((rs, row) -> {
				AgencyInfo agency = agencies.find(new AgencyId(rs.getLong(1))).orElseThrow();
				String column = rs.getString(2);
				return new Subscription(agency.code(), agency.name(), column, column == null ? null
						: columns(agency).stream()
							.filter(c -> c.code().equals(column))
							.map(CatalogColumn::name)
							.findFirst()
							.orElse(column),
						mask(rs.getString(3)), rs.getBoolean(4), rs.getBoolean(5));
			})
			.optional();
	}

	/** Confirms a subscription (its owner followed the link); confirming twice changes nothing. */
	@Transactional
	public Subscription confirm(String token) {
		return change(token, "confirmed_at", "SUBSCRIPTION_CONFIRMED");
	}

	/** Ends a subscription; no further mail is sent to it. */
	@Transactional
	public Subscription unsubscribe(String token) {
		return change(token, "unsubscribed_at", "SUBSCRIPTION_ENDED");
	}

	/** The confirmed, current subscribers of an agency who take this column (or every column). */
	List<Subscriber> subscribers(long agencyId, String columnCode) {
		return jdbc.sql("""
				select distinct on (lower(email)) email, token from subscription
				where agency_id = :agency and confirmed_at is not null and unsubscribed_at is null
				      and (column_code is null or column_code = :column)
				order by lower(email), id""")
			.param("agency", agencyId)
			.param("column", columnCode)
			.query((rs, row) -> new Subscriber(rs.getString(1), rs.getString(2)))
			.list();
	}

	String unsubscribeLink(String token) {
		return baseUrl + "/subscriptions/unsubscribe?token=" + token;
	}

	private Subscription change(String token, String column, String action) {
		Subscription subscription = find(token).orElseThrow(() -> DomainException.notFound("channels.subscribe.unknown"));
		int changed = jdbc.sql("update subscription set " + column + " = :at where token = :token and " + column
				+ " is null and unsubscribed_at is null")
			.param("at", Timestamp.from(clock.instant()))
			.param("token", token)
			.update();
		if (changed > 0) {
			events.publishEvent(new ChannelsChanged(subscription.agencyCode(), action, "subscription:"
					+ subscription.maskedEmail(), "column=" + subscription.columnCode(), "public"));
		}
		return find(token).orElseThrow();
	}

	private static String token() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String mask(String email) {
		int at = email.indexOf('@');
		return (at <= 1 ? "*" : email.charAt(0) + "***") + email.substring(Math.max(at, 0));
	}

}
