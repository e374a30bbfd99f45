package org.gongkai.channels;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.InvalidInput;
import org.gongkai.publishing.ColumnFreshness.State;
import org.gongkai.publishing.FreshnessSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 政务新媒体台账: every account of every agency (platform, name, 主办单位, status), the day its channel last delivered an
 * item, and its freshness by the inspection indicators (rules.md §4.3: an account not updated within 2 weeks of the
 * monitoring point fails; the exact 2019 wording is unconfirmed). The accounts appear on the supervisors' freshness
 * board beside the columns. An ADMIN of the agency keeps the register; every change is audited.
 */
@Service
public class NewMediaRegister implements FreshnessSource {

	static final Period INTERVAL = Period.ofWeeks(2);

	static final int WARN_DAYS = 5;

	private final JdbcClient jdbc;

	private final AgencyDirectory agencies;

	private final ChannelAdministration channels;

	private final DeliveryLedger ledger;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NewMediaRegister(JdbcClient jdbc, AgencyDirectory agencies, ChannelAdministration channels, DeliveryLedger ledger,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.channels = channels;
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	private record Row(long id, long agencyId, String platform, String name, String sponsor, AccountStatus status,
			Long channelId) {
	}

	/** Registers an account of an agency the staff member administers; answers its id. */
	@Transactional
	public long add(Staff admin, String agencyCode, NewMediaAccount account) {
		AgencyInfo agency = agencies.readable(admin, agencyCode);
		if (!admin.canActFor(agency, Role.ADMIN)) {
			throw DomainException.notPermitted("channels.notPermitted");
		}
		return insert(agency, account, admin.username());
	}

	/** Registers an account as the platform ({@code system}): for the demo and for bringing in an existing register. */
	@Transactional
	public long addOnSetup(String agencyCode, NewMediaAccount account) {
		return insert(agencies.findByCode(agencyCode).orElseThrow(() -> DomainException.notFound("channels.notFound")),
				account, "system");
	}

	private long insert(AgencyInfo agency, NewMediaAccount account, String actor) {
		InvalidInput.Violations violations = new InvalidInput.Violations();
		violations.require("platform", account.platform());
		violations.require("name", account.name());
		violations.require("sponsor", account.sponsor());
		if (account.channelId() != null && channels.find(account.channelId())
			.filter(channel -> channel.agencyId() == agency.id().value())
			.isEmpty()) {
			violations.add("channelId", "channels.notFound");
		}
		violations.throwIfAny();
		long id = jdbc.sql("""
				insert into new_media_account (agency_id, platform, name, sponsor, status, channel_id, created_at)
				values (:agency, :platform, :name, :sponsor, 'ACTIVE', :channel, :at) returning id""")
			.param("agency", agency.id().value())
			.param("platform", account.platform().strip())
			.param("name", account.name().strip())
			.param("sponsor", account.sponsor().strip())
			.param("channel", account.channelId())
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		events.publishEvent(new ChannelsChanged(agency.code(), "NEW_MEDIA_ACCOUNT_ADDED", "new-media:" + id,
				"platform=" + account.platform() + ", name=" + account.name() + ", sponsor=" + account.sponsor(),
				actor));
		return id;
	}

	/** Suspends, resumes or closes an account, as its table allows. */
	@Transactional
	public void move(Staff admin, long accountId, AccountAction action) {
		Row row = rows("id = :id", accountId).stream()
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("channels.notFound"));
		AgencyInfo agency = agencies.scopeOf(admin)
			.find(row.agencyId())
			.orElseThrow(() -> DomainException.notFound("channels.notFound"));
		if (!admin.canActFor(agency, Role.ADMIN)) {
			throw DomainException.notPermitted("channels.notPermitted");
		}
		AccountStatus next = AccountTransitions.TABLE.move(row.status(), action);
		jdbc.sql("update new_media_account set status = :status where id = :id")
			.param("status", next.name())
			.param("id", accountId)
			.update();
		events.publishEvent(new ChannelsChanged(agency.code(), "NEW_MEDIA_ACCOUNT_CHANGED", "new-media:" + accountId,
				row.status() + " -> " + next + " (" + row.name() + ")", admin.username()));
	}

	/** The register of the agencies the staff member may read. */
	public List<AccountView> readableBy(Staff staff) {
		AgencyScope scope = agencies.scopeOf(staff);
		List<Row> rows = rows("agency_id in (:id)", scope.ids());
		return views(rows, agency -> scope.get(agency), staff);
	}

	@Override
	public String headingKey() {
		return "channels.newMedia.heading";
	}

	@Override
	public String vetoKey() {
		return "channels.newMedia.veto";
	}

	@Override
	public List<FreshnessSource.Row> of(AgencyInfo agency) {
		return views(rows("agency_id = :id", agency.id().value()), id -> agency, null).stream()
			.map(view -> new FreshnessSource.Row(view.name(), view.platform() + " · " + view.sponsor(),
					view.lastDelivered(), view.dueBy(), view.freshness()))
			.toList();
	}

	/** An account's freshness: closed or not connected to a channel is not judged; never delivered is stale. */
	static State freshness(AccountStatus status, boolean connected, LocalDate last, LocalDate today) {
		if (status == AccountStatus.CLOSED || !connected) {
			return State.NOT_REQUIRED;
		}
		if (last == null || last.plus(INTERVAL).isBefore(today)) {
			return State.STALE;
		}
		return last.plus(INTERVAL).minusDays(WARN_DAYS).isAfter(today) ? State.FRESH : State.DUE_SOON;
	}

	private List<AccountView> views(List<Row> rows, Function<Long, AgencyInfo> agency, Staff staff) {
		LocalDate today = LocalDate.now(clock);
		Set<Long> channelIds = rows.stream()
			.map(Row::channelId)
			.filter(id -> id != null)
			.collect(Collectors.toSet());
		Map<Long, LocalDate> last = ledger.lastDelivered(channelIds);
		Map<Long, String> names = channelIds.stream()
			.collect(Collectors.toMap(id -> id, id -> channels.find(id).map(ChannelSettings::name).orElse("")));
		return rows.stream().map(row -> {
			AgencyInfo owner = agency.apply(row.agencyId());
			LocalDate lastDelivered = row.channelId() == null ? null : last.get(row.channelId());
			Set<AccountAction> allowed = staff != null && staff.canActFor(owner, Role.ADMIN)
					? AccountTransitions.TABLE.allowed(row.status()) : Set.of();
			return new AccountView(row.id(), owner.code(), owner.name(), row.platform(), row.name(), row.sponsor(),
					row.status(), row.channelId() == null ? null : names.get(row.channelId()), lastDelivered,
					lastDelivered == null ? null : lastDelivered.plus(INTERVAL),
					freshness(row.status(), row.channelId() != null, lastDelivered, today), allowed);
		}).toList();
	}

	private List<Row> rows(String where, Object id) {
		return jdbc.sql("select id, agency_id, platform, name, sponsor, status, channel_id from new_media_account where "
				+ where + " order by agency_id, id")
			.param("id", id)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("platform"),
					rs.getString("name"), rs.getString("sponsor"), AccountStatus.valueOf(rs.getString("status")),
					(Long) rs.getObject("channel_id")))
			.list();
	}

}
