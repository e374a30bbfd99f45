package org.gongkai.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared kernel of every case's transition table, on a small table of its own. */
class TransitionTableTests {

	enum State {

		OPEN, PAUSED, DONE

	}

	enum Action {

		PAUSE, RESUME, FINISH

	}

	private static final TransitionTable<State, Action> TABLE = TransitionTable
		.builder(State.class, Action.class, "test.notAllowed")
		.initial(State.OPEN)
		.from(State.OPEN).on(Action.PAUSE, State.PAUSED).on(Action.FINISH, State.DONE)
		.from(State.PAUSED).on(Action.RESUME, State.OPEN)
		.from(State.DONE)
		.build();

	@Test
	void movesWhereTheTableSaysAndRefusesEveryOtherMoveWith409() {
		assertThat(TABLE.move(State.OPEN, Action.PAUSE)).isEqualTo(State.PAUSED);
		assertThat(TABLE.next(State.PAUSED, Action.FINISH)).isEmpty();
		assertThatThrownBy(() -> TABLE.move(State.DONE, Action.RESUME))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
				assertThat(e.field()).isEqualTo("action");
				assertThat(e.messageKey()).isEqualTo("test.notAllowed");
				assertThat(e.arguments()).containsExactly(Action.RESUME, State.DONE);
			});
	}

	@Test
	void allowsTheActionsOfARowInTheOrderDeclared() {
		assertThat(TABLE.allowed(State.OPEN)).containsExactly(Action.PAUSE, Action.FINISH);
		assertThat(TABLE.allowed(State.DONE)).isEmpty();
		assertThat(TABLE.isFinal(State.DONE)).isTrue();
	}

	@Test
	void drawsItselfAsAMermaidDiagram() {
		assertThat(TABLE.mermaid()).isEqualTo("""
				stateDiagram-v2
				    [*] --> OPEN
				    OPEN --> PAUSED : PAUSE
				    OPEN --> DONE : FINISH
				    PAUSED --> OPEN : RESUME
				    DONE --> [*]
				""");
	}

	@Test
	void refusesATableWithAMissingRowOrAMoveDeclaredTwice() {
		assertThatThrownBy(() -> TransitionTable.builder(State.class, Action.class, "k")
			.from(State.OPEN)
			.on(Action.PAUSE, State.PAUSED)
			.build()).hasMessageContaining("no row for PAUSED");
		assertThatThrownBy(() -> TransitionTable.builder(State.class, Action.class, "k")
			.from(State.OPEN)
			.on(Action.PAUSE, State.PAUSED)
			.on(Action.PAUSE, State.DONE)).hasMessageContaining("declared twice");
	}

}
