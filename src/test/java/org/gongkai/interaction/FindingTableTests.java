package org.gongkai.interaction;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.interaction.FindingAction.REPORT_FIX;
import static org.gongkai.interaction.FindingAction.RETURN_FIX;
import static org.gongkai.interaction.FindingAction.SIGN_OFF;
import static org.gongkai.interaction.FindingStatus.CLOSED;
import static org.gongkai.interaction.FindingStatus.FIX_REPORTED;
import static org.gongkai.interaction.FindingStatus.OPEN;

/**
 * Every (state, action) pair of a finding against the office rule of 督查整改销号 (a finding stays on the ledger until
 * the inspector accepts its fix; 国办秘函〔2019〕19号 makes supervision part of the indicators): the agency reports
 * the fix of an OPEN finding with its evidence; the one who found it signs the fix off (销号) or returns it, which
 * opens the finding again; a closed finding stays closed. Every other pair is refused with 409 and changes nothing.
 */
class FindingTableTests {

	private static final LocalDate FOUND_ON = LocalDate.of(2026, 3, 1);

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	/** The expected table, written from the rule independently of {@link Finding#TABLE}. */
	private static final Map<FindingStatus, Map<FindingAction, FindingStatus>> RULE = new EnumMap<>(
			FindingStatus.class);

	static {
		allow(OPEN, REPORT_FIX, FIX_REPORTED);
		allow(FIX_REPORTED, SIGN_OFF, CLOSED); // 销号
		allow(FIX_REPORTED, RETURN_FIX, OPEN);
	}

	private static void allow(FindingStatus from, FindingAction action, FindingStatus to) {
		RULE.computeIfAbsent(from, s -> new EnumMap<>(FindingAction.class)).put(action, to);
	}

	static Stream<Arguments> everyPair() {
		return Arrays.stream(FindingStatus.values())
			.flatMap(status -> Arrays.stream(FindingAction.values()).map(action -> Arguments.of(status, action)));
	}

	@ParameterizedTest(name = "{0} × {1}")
	@MethodSource("everyPair")
	@DisplayName("每个状态 × 每个操作")
	void everyPairIsDecidedByTheRule(FindingStatus status, FindingAction action) {
		Finding finding = in(status);
		FindingStatus expected = RULE.getOrDefault(status, Map.of()).get(action);
		if (expected == null) {
			assertThat(Finding.TABLE.allowed(status)).doesNotContain(action);
			assertThatThrownBy(() -> finding.apply(valid(action), TODAY, "supervisor"))
				.isInstanceOfSatisfying(DomainException.class, e -> {
					assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
					assertThat(e.field()).isEqualTo("action");
				});
			assertThat(finding.status).isEqualTo(status);
		}
		else {
			assertThat(Finding.TABLE.allowed(status)).contains(action);
			finding.apply(valid(action), TODAY, "supervisor");
			assertThat(finding.status).isEqualTo(expected);
			assertThat(finding.closedOn != null).isEqualTo(expected == CLOSED);
		}
	}

	@Test
	void theTableAllowsExactlyWhatTheRuleDoes() {
		for (FindingStatus status : FindingStatus.values()) {
			assertThat(Finding.TABLE.allowed(status))
				.containsExactlyInAnyOrderElementsOf(RULE.getOrDefault(status, Map.of()).keySet());
			assertThat(Finding.TABLE.isFinal(status)).isEqualTo(!RULE.containsKey(status));
		}
	}

	@Test
	void theDiagramShowsEveryMove() {
		assertThat(Finding.TABLE.mermaid()).contains("[*] --> OPEN")
			.contains("FIX_REPORTED --> OPEN : RETURN_FIX")
			.contains("CLOSED --> [*]");
	}

	/** A finding made on {@link #FOUND_ON}, taken to {@code status} through its own steps. */
	static Finding in(FindingStatus status) {
		Finding finding = Finding.recorded(2, 1, "supervisor", new NewFinding("demo-bureau",
				FindingSource.QUARTERLY_INSPECTION, FOUND_ON, "问题", "要求", FOUND_ON.plusDays(30), "张三"));
		if (status != OPEN) {
			finding.apply(valid(REPORT_FIX), FOUND_ON.plusDays(5), "officer");
		}
		if (status == CLOSED) {
			finding.apply(valid(SIGN_OFF), FOUND_ON.plusDays(6), "supervisor");
		}
		return finding;
	}

	/** A command of the action with every field it needs. */
	static FindingCommand valid(FindingAction action) {
		return switch (action) {
			case REPORT_FIX -> new FindingCommand.ReportFix("已整改", List.of("/sites/demo-bureau/"));
			case SIGN_OFF -> new FindingCommand.SignOff();
			case RETURN_FIX -> new FindingCommand.ReturnFix("仍有遗漏");
		};
	}

}
