package org.gongkai.platform;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transition table of a stateful case: state × action → next state, declared once per aggregate. It alone
 * decides which moves exist; the aggregate asks it first ({@link #move}, a refused move is 409 everywhere) and then
 * checks its statutory guards; views offer the actions it allows ({@link #allowed}); the README's diagram is drawn
 * from it ({@link #mermaid}). Immutable once built.
 *
 * @param <S> the states
 * @param <A> the actions
 */
public final class TransitionTable<S extends Enum<S>, A extends Enum<A>> {

	private final Map<S, Map<A, S>> moves;

	private final List<S> initial;

	private final String refusalKey;

	private TransitionTable(Map<S, Map<A, S>> moves, List<S> initial, String refusalKey) {
		this.moves = moves;
		this.initial = initial;
		this.refusalKey = refusalKey;
	}

	/**
	 * Starts a table whose refused moves answer with {@code refusalKey} (message arguments: the action, the state).
	 */
	public static <S extends Enum<S>, A extends Enum<A>> Builder<S, A> builder(Class<S> states, Class<A> actions,
			String refusalKey) {
		return new Builder<>(states, actions, refusalKey);
	}

	/** The state an action leads to from a state, or empty when the table has no such move. */
	public Optional<S> next(S from, A action) {
		return Optional.ofNullable(moves.get(from).get(action));
	}

	/** The state an action leads to; a move the table does not have is refused (409, field {@code action}). */
	public S move(S from, A action) {
		return next(from, action)
			.orElseThrow(() -> DomainException.conflict("action", refusalKey, action, from));
	}

	/** The actions the table allows in a state, in the order they were declared. */
	public Set<A> allowed(S from) {
		return Collections.unmodifiableSet(new LinkedHashSet<>(moves.get(from).keySet()));
	}

	/** Whether no action leads out of a state. */
	public boolean isFinal(S state) {
		return moves.get(state).isEmpty();
	}

	/** The table as a Mermaid state diagram: the initial states, every move, and the final states. */
	public String mermaid() {
		StringBuilder diagram = new StringBuilder("stateDiagram-v2\n");
		initial.forEach(state -> diagram.append("    [*] --> ").append(state).append('\n'));
		moves.forEach((from, row) -> row.forEach((action, to) -> diagram.append("    ")
			.append(from)
			.append(" --> ")
			.append(to)
			.append(" : ")
			.append(action)
			.append('\n')));
		moves.keySet()
			.stream()
			.filter(this::isFinal)
			.forEach(state -> diagram.append("    ").append(state).append(" --> [*]\n"));
		return diagram.toString();
	}

	/** Declares the rows of a table, state by state. */
	public static final class Builder<S extends Enum<S>, A extends Enum<A>> {

		private final Class<S> states;

		private final Class<A> actions;

		private final String refusalKey;

		private final Map<S, Map<A, S>> moves;

		private final List<S> initial = new java.util.ArrayList<>();

		private S current;

		private Builder(Class<S> states, Class<A> actions, String refusalKey) {
			this.states = states;
			this.actions = actions;
			this.refusalKey = refusalKey;
			this.moves = new EnumMap<>(states);
		}

		/** A state a case may begin in. */
		public Builder<S, A> initial(S state) {
			initial.add(state);
			return this;
		}

		/** Starts the row of a state; a state with no moves is final. */
		public Builder<S, A> from(S state) {
			if (moves.containsKey(state)) {
				throw new IllegalStateException("row declared twice: " + state);
			}
			moves.put(state, new EnumMap<>(actions));
			current = state;
			return this;
		}

		/** A move of the current row. */
		public Builder<S, A> on(A action, S to) {
			if (current == null) {
				throw new IllegalStateException("on(" + action + ") before from(…)");
			}
			if (moves.get(current).put(action, to) != null) {
				throw new IllegalStateException("move declared twice: " + current + " × " + action);
			}
			return this;
		}

		/** The table; every state must have its row, even an empty one. */
		public TransitionTable<S, A> build() {
			for (S state : states.getEnumConstants()) {
				if (!moves.containsKey(state)) {
					throw new IllegalStateException("no row for " + state);
				}
			}
			return new TransitionTable<>(Collections.unmodifiableMap(moves), List.copyOf(initial), refusalKey);
		}

	}

}
