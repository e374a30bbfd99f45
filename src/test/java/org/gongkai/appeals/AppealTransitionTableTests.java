package org.gongkai.appeals;

import java.util.stream.Stream;

import org.gongkai.platform.DomainException;
import org.gongkai.platform.WrittenRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.appeals.AppealAction.*;
import static org.gongkai.appeals.AppealStatus.*;

/**
 * Every (state, action) pair of a reconsideration or litigation case (OGI art. 51) against the office rule: a case is
 * decided once, with one result for table 四 of the annual report; its documents are filed before and after the
 * decision (the judgment comes with it). Every other pair is refused with 409.
 */
class AppealTransitionTableTests {

	/** The expected table, written from the office rule independently of {@link AppealTransitions}. */
	private static final WrittenRule<AppealStatus, AppealAction> RULE = WrittenRule
		.of(AppealStatus.class, AppealAction.class)
		.allow(PENDING, DECIDE, DECIDED) // one result per case: 维持, 纠正 or 其他
		.allow(PENDING, ADD_DOCUMENT, PENDING)
		.allow(DECIDED, ADD_DOCUMENT, DECIDED); // the decision or judgment itself

	static Stream<Arguments> everyPair() {
		return RULE.everyPair();
	}

	@ParameterizedTest(name = "{0} × {1}")
	@MethodSource("everyPair")
	@DisplayName("每个状态 × 每个操作")
	void everyPairIsDecidedByTheRule(AppealStatus status, AppealAction action) {
		AppealStatus expected = RULE.next(status, action).orElse(null);
		if (expected == null) {
			assertThat(AppealTransitions.allowedActions(status)).doesNotContain(action);
			assertThatThrownBy(() -> AppealTransitions.TABLE.move(status, action))
				.isInstanceOfSatisfying(DomainException.class,
						e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
		}
		else {
			assertThat(AppealTransitions.allowedActions(status)).contains(action);
			assertThat(AppealTransitions.TABLE.move(status, action)).isEqualTo(expected);
		}
	}

	@Test
	void theTableAllowsExactlyWhatTheRuleDoes() {
		RULE.assertAllowedExactlyBy(AppealTransitions::allowedActions);
	}

	@Test
	void theDiagramShowsEveryMove() {
		assertThat(AppealTransitions.mermaid()).contains("PENDING --> DECIDED : DECIDE")
			.contains("DECIDED --> DECIDED : ADD_DOCUMENT");
	}

}
