package org.gongkai.requests;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each action's record holds its own fields; a missing or malformed one is invalid input (400), naming the field. */
class RequestCommandTests {

	private static final LocalDate ON = LocalDate.of(2025, 3, 4);

	@ParameterizedTest
	@EnumSource(RequestAction.class)
	void theFlatShapeBuildsTheRecordOfItsAction(RequestAction action) {
		assertThat(DisclosureRequests.command(action, ON).action()).isEqualTo(action);
	}

	@Test
	void missingOrMalformedFieldsAreInvalidInput() {
		assertInvalid(() -> RequestCommand.of(null, ON, null, null, null, null, null, null, null), "action");
		assertInvalid(() -> new RequestCommand.Reply(ON, null), "outcome");
		assertInvalid(() -> new RequestCommand.Reply(ON, Outcome.OTHER_NO_CLARIFICATION), "outcome");
		assertInvalid(() -> new RequestCommand.RequestClarification(ON, " ", 10), "reason");
		assertInvalid(() -> new RequestCommand.RequestClarification(ON, "事项", 61), "workingDays");
		assertInvalid(() -> new RequestCommand.StartConsultation(ON, null), "party");
		assertInvalid(() -> new RequestCommand.Extend(ON, 0, "理由"), "workingDays");
		assertInvalid(() -> new RequestCommand.Extend(ON, null, "理由"), "workingDays");
		assertInvalid(() -> new RequestCommand.SendFeeNotice(ON, null, null, null), "amountYuan");
		assertInvalid(() -> new RequestCommand.SendFeeNotice(ON, FeeSchedule.PER_PAGE, null, null), "amountYuan");
		assertInvalid(() -> new RequestCommand.SendFeeNotice(ON, null, null, BigDecimal.ZERO), "amountYuan");
		assertInvalid(() -> new RequestCommand.SendFeeNotice(ON, FeeSchedule.PER_PAGE, -3, null), "feeQuantity");
	}

	@Test
	void aFeeIsQuotedFromTheScheduleWhenNoAmountIsGiven() {
		assertThat(new RequestCommand.SendFeeNotice(ON, FeeSchedule.PER_PAGE, 40, null).amount())
			.isEqualByComparingTo("100");
		assertThat(new RequestCommand.SendFeeNotice(ON, FeeSchedule.PER_APPLICATION, null, null).amount()).isNull();
	}

	private static void assertInvalid(Runnable build, String field) {
		assertThatThrownBy(build::run).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("kind", DomainException.Kind.INVALID)
			.extracting("field")
			.isEqualTo(field);
	}

}
