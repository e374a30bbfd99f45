package org.gongkai.channels;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.InvalidInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's channels: an ADMIN of the agency (or above it) adds them and turns them on and off; every change is
 * audited, and a secret, once saved, is never shown again.
 */
@Service
public class ChannelAdministration {

	private static final String SELECT = """
			select id, agency_id, kind, name, column_code, endpoint, app_id, secret, thumb_media_id, enabled
			from channel""";

	private final JdbcClient jdbc;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChannelAdministration(JdbcClient jdbc, AgencyDirectory agencies, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	/** Adds a channel to an agency the staff member administers; answers its id. */
	@Transactional
	public long add(Staff admin, String agencyCode, NewChannel channel) {
		return insert(administered(admin, agencyCode), channel, admin.username());
	}

	/**
	 * Adds a channel as the platform ({@code system}), without a staff member: for the demo and for setting up a new
	 * deployment from configuration.
	 */
	@Transactional
	public long addOnSetup(String agencyCode, NewChannel channel) {
		return insert(agencies.findByCode(agencyCode).orElseThrow(() -> DomainException.notFound("channels.notFound")),
				channel, "system");
	}

	private long insert(AgencyInfo agency, NewChannel channel, String actor) {
		validate(channel);
		long id = jdbc.sql("""
				insert into channel (agency_id, kind, name, column_code, endpoint, app_id, secret, thumb_media_id,
				                     created_at)
				values (:agency, :kind, :name, :column, :endpoint, :app, :secret, :thumb, :at) returning id""")
			.param("agency", agency.id().value())
			.param("kind", channel.kind().name())
			.param("name", channel.name().strip())
			.param("column", blankToNull(channel.columnCode()))
			.param("endpoint", blankToNull(channel.endpoint()))
			.param("app", blankToNull(channel.appId()))
			.param("secret", blankToNull(channel.secret()))
			.param("thumb", blankToNull(channel.thumbMediaId()))
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		events.publishEvent(new ChannelsChanged(agency.code(), "CHANNEL_ADDED", "channel:" + id,
				"kind=" + channel.kind() + ", name=" + channel.name() + ", column=" + channel.columnCode()
						+ ", endpoint=" + channel.endpoint(),
				actor));
		return id;
	}

	/** Turns a channel on or off; a channel turned off receives nothing new, and its pending deliveries wait. */
	@Transactional
	public void setEnabled(Staff admin, long channelId, boolean enabled) {
		ChannelSettings channel = find(channelId).orElseThrow(() -> DomainException.notFound("channels.notFound"));
		AgencyInfo agency = agencies.find(new org.gongkai.identity.AgencyId(channel.agencyId())).orElseThrow();
		administered(admin, agency.code());
		jdbc.sql("update channel set enabled = :on, version = version + 1 where id = :id")
			.param("on", enabled)
			.param("id", channelId)
			.update();
		events.publishEvent(new ChannelsChanged(agency.code(), enabled ? "CHANNEL_ENABLED" : "CHANNEL_DISABLED",
				"channel:" + channelId, "name=" + channel.name(), admin.username()));
	}

	/** Whether the staff member may configure the channels of this agency. */
	public boolean mayConfigure(Staff staff, AgencyInfo agency) {
		return staff.canActFor(agency, Role.ADMIN);
	}

	/** The channels of an agency, in the order they were added. */
	public List<ChannelSettings> of(long agencyId) {
		return jdbc.sql(SELECT + " where agency_id = :agency order by id")
			.param("agency", agencyId)
			.query(ChannelAdministration::settings)
			.list();
	}

	/** The channels of the agencies the staff member may read. */
	public List<ChannelSettings> readableBy(Staff staff) {
		List<Long> ids = agencies.scopeOf(staff).ids();
		return jdbc.sql(SELECT + " where agency_id in (:ids) order by agency_id, id")
			.param("ids", ids)
			.query(ChannelAdministration::settings)
			.list();
	}

	public Optional<ChannelSettings> find(long channelId) {
		return jdbc.sql(SELECT + " where id = :id").param("id", channelId).query(ChannelAdministration::settings).optional();
	}

	private AgencyInfo administered(Staff admin, String agencyCode) {
		AgencyInfo agency = agencies.readable(admin, agencyCode);
		if (!mayConfigure(admin, agency)) {
			throw DomainException.notPermitted("channels.notPermitted");
		}
		return agency;
	}

	private static void validate(NewChannel channel) {
		InvalidInput.Violations violations = new InvalidInput.Violations();
		if (channel.kind() == null) {
			violations.add("kind", "validation.required");
		}
		violations.require("name", channel.name());
		if (channel.kind() == ChannelKind.WEBHOOK || channel.kind() == ChannelKind.WECHAT_DRAFT) {
			if (violations.require("endpoint", channel.endpoint()) && !isHttpUrl(channel.endpoint())) {
				violations.add("endpoint", "channels.endpoint.invalid");
			}
			violations.require("secret", channel.secret());
		}
		if (channel.kind() == ChannelKind.WECHAT_DRAFT) {
			violations.require("appId", channel.appId());
			violations.require("thumbMediaId", channel.thumbMediaId());
		}
		violations.throwIfAny();
	}

	private static boolean isHttpUrl(String value) {
		try {
			URI uri = URI.create(value.strip());
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static ChannelSettings settings(ResultSet rs, int row) throws SQLException {
		return new ChannelSettings(rs.getLong("id"), rs.getLong("agency_id"), ChannelKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("column_code"), rs.getString("endpoint"), rs.getString("app_id"),
				rs.getString("secret"), rs.getString("thumb_media_id"), rs.getBoolean("enabled"));
	}

}
