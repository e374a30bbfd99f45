package org.gongkai.channels;

import java.util.stream.Stream;

import org.gongkai.platform.DomainException;
import org.gongkai.platform.WrittenRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.channels.AccountAction.CLOSE;
import static org.gongkai.channels.AccountAction.RESUME;
import static org.gongkai.channels.AccountAction.SUSPEND;
import static org.gongkai.channels.AccountStatus.ACTIVE;
import static org.gongkai.channels.AccountStatus.CLOSED;
import static org.gongkai.channels.AccountStatus.SUSPENDED;
import static org.gongkai.channels.DeliveryAction.FAIL;
import static org.gongkai.channels.DeliveryAction.GIVE_UP;
import static org.gongkai.channels.DeliveryAction.RESEND;
import static org.gongkai.channels.DeliveryAction.SUCCEED;
import static org.gongkai.channels.DeliveryStatus.DELIVERED;
import static org.gongkai.channels.DeliveryStatus.FAILED;
import static org.gongkai.channels.DeliveryStatus.PENDING;
import static org.gongkai.channels.DeliveryStatus.RETRYING;

/**
 * Every (state, action) pair of a delivery and of a register account, against the rules written out here: an
 * attempt succeeds, fails and is retried, or fails for the last time; staff resend a delivery once an attempt has
 * been made (not one still waiting for its first); an account is paused, resumed or closed for good.
 */
class ChannelTransitionTableTests {

	private static final WrittenRule<DeliveryStatus, DeliveryAction> DELIVERY = WrittenRule
		.of(DeliveryStatus.class, DeliveryAction.class)
		.allow(PENDING, SUCCEED, DELIVERED)
		.allow(PENDING, FAIL, RETRYING)
		.allow(PENDING, GIVE_UP, FAILED)
		.allow(RETRYING, SUCCEED, DELIVERED)
		.allow(RETRYING, FAIL, RETRYING)
		.allow(RETRYING, GIVE_UP, FAILED)
		.allow(RETRYING, RESEND, PENDING)
		.allow(DELIVERED, RESEND, PENDING)
		.allow(FAILED, RESEND, PENDING);

	private static final WrittenRule<AccountStatus, AccountAction> ACCOUNT = WrittenRule
		.of(AccountStatus.class, AccountAction.class)
		.allow(ACTIVE, SUSPEND, SUSPENDED)
		.allow(ACTIVE, CLOSE, CLOSED)
		.allow(SUSPENDED, RESUME, ACTIVE)
		.allow(SUSPENDED, CLOSE, CLOSED);

	static Stream<Arguments> deliveryPairs() {
		return DELIVERY.everyPair();
	}

	static Stream<Arguments> accountPairs() {
		return ACCOUNT.everyPair();
	}

	@ParameterizedTest(name = "delivery {0} × {1}")
	@MethodSource("deliveryPairs")
	void everyDeliveryPair(DeliveryStatus from, DeliveryAction action) {
		DELIVERY.next(from, action).ifPresentOrElse(
				to -> assertThat(DeliveryTransitions.TABLE.move(from, action)).isEqualTo(to),
				() -> assertThatThrownBy(() -> DeliveryTransitions.TABLE.move(from, action))
					.isInstanceOfSatisfying(DomainException.class, e -> {
						assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
						assertThat(e.messageKey()).isEqualTo("channels.delivery.notAllowed");
					}));
	}

	@ParameterizedTest(name = "account {0} × {1}")
	@MethodSource("accountPairs")
	void everyAccountPair(AccountStatus from, AccountAction action) {
		ACCOUNT.next(from, action).ifPresentOrElse(
				to -> assertThat(AccountTransitions.TABLE.move(from, action)).isEqualTo(to),
				() -> assertThatThrownBy(() -> AccountTransitions.TABLE.move(from, action))
					.isInstanceOfSatisfying(DomainException.class,
							e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT)));
	}

	@Test
	void theTablesAllowExactlyTheWrittenMoves() {
		DELIVERY.assertAllowedExactlyBy(DeliveryTransitions.TABLE::allowed);
		ACCOUNT.assertAllowedExactlyBy(AccountTransitions.TABLE::allowed);
	}

}
