package org.gongkai.channels;

import java.util.EnumSet;
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

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery ledger for staff: the recent deliveries of the agencies they may read, and a resend (by an editor,
 * reviewer or administrator acting for the agency), which is audited.
 */
@Service
public class Deliveries {

	private static final Set<DeliveryAction> STAFF_ACTIONS = EnumSet.of(DeliveryAction.RESEND);

	private final DeliveryLedger ledger;

	private final ChannelAdministration channels;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	Deliveries(DeliveryLedger ledger, ChannelAdministration channels, AgencyDirectory agencies,
			ApplicationEventPublisher events) {
		this.ledger = ledger;
		this.channels = channels;
		this.agencies = agencies;
		this.events = events;
	}

	/** The newest deliveries (at most 200) of the agencies the staff member may read. */
	public List<DeliveryView> recent(Staff staff) {
		AgencyScope scope = agencies.scopeOf(staff);
		Map<Long, ChannelSettings> byId = channels.readableBy(staff)
			.stream()
			.collect(Collectors.toMap(ChannelSettings::id, Function.identity()));
		return ledger.recent(scope.ids(), 200).stream().map(delivery -> {
			AgencyInfo agency = scope.get(delivery.agencyId());
			ChannelSettings channel = byId.get(delivery.channelId());
			return new DeliveryView(delivery, agency.name(), channel.name(), channel.kind(),
					allowed(staff, agency, delivery));
		}).toList();
	}

	/** Sends a delivery again from its first attempt. */
	@Transactional
	public void resend(Staff staff, long deliveryId) {
		Delivery delivery = ledger.find(deliveryId).orElseThrow(() -> DomainException.notFound("channels.notFound"));
		AgencyInfo agency = agencies.scopeOf(staff)
			.find(delivery.agencyId())
			.orElseThrow(() -> DomainException.notFound("channels.notFound"));
		if (!mayAct(staff, agency)) {
			throw DomainException.notPermitted("channels.notPermitted");
		}
		ledger.resend(delivery);
		events.publishEvent(new ChannelsChanged(agency.code(), "DELIVERY_RESENT", "delivery:" + deliveryId,
				"document=" + delivery.indexNumber() + ", kind=" + delivery.kind() + ", was " + delivery.status()
						+ " after " + delivery.attempts() + " attempts",
				staff.username()));
	}

	private static Set<DeliveryAction> allowed(Staff staff, AgencyInfo agency, Delivery delivery) {
		if (!mayAct(staff, agency)) {
			return Set.of();
		}
		Set<DeliveryAction> allowed = EnumSet.noneOf(DeliveryAction.class);
		allowed.addAll(DeliveryTransitions.TABLE.allowed(delivery.status()));
		allowed.retainAll(STAFF_ACTIONS);
		return allowed;
	}

	private static boolean mayAct(Staff staff, AgencyInfo agency) {
		return staff.canActFor(agency, Role.ADMIN) || staff.canActFor(agency, Role.EDITOR)
				|| staff.canActFor(agency, Role.REVIEWER);
	}

}
