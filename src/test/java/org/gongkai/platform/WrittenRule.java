package org.gongkai.platform;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For the table tests: the moves a statute or an office rule allows, written out in the test independently of the
 * {@link TransitionTable} it checks, and every state × action pair to check it on.
 *
 * @param <S> the states
 * @param <A> the actions
 */
public final class WrittenRule<S extends Enum<S>, A extends Enum<A>> {

	private final Class<S> states;

	private final Class<A> actions;

	private final Map<S, Map<A, S>> moves;

	private WrittenRule(Class<S> states, Class<A> actions) {
		this.states = states;
		this.actions = actions;
		this.moves = new EnumMap<>(states);
	}

	public static <S extends Enum<S>, A extends Enum<A>> WrittenRule<S, A> of(Class<S> states, Class<A> actions) {
		return new WrittenRule<>(states, actions);
	}

	/** A move the rule allows. */
	public WrittenRule<S, A> allow(S from, A action, S to) {
		moves.computeIfAbsent(from, s -> new EnumMap<>(actions)).put(action, to);
		return this;
	}

	/** Where the rule says the action leads from the state, or empty when it does not allow it. */
	public Optional<S> next(S from, A action) {
		return Optional.ofNullable(moves.getOrDefault(from, Map.of()).get(action));
	}

	/** The actions the rule allows in a state. */
	public Set<A> allowed(S from) {
		return moves.getOrDefault(from, Map.of()).keySet();
	}

	/** Asserts that a table allows, in every state, exactly the actions the rule does. */
	public void assertAllowedExactlyBy(Function<S, Set<A>> table) {
		for (S state : states.getEnumConstants()) {
			assertThat(table.apply(state)).as("allowed in %s", state)
				.containsExactlyInAnyOrderElementsOf(allowed(state));
		}
	}

	/** Every state × action pair, as arguments of a parameterized test. */
	public Stream<Arguments> everyPair() {
		return Arrays.stream(states.getEnumConstants())
			.flatMap(state -> Arrays.stream(actions.getEnumConstants()).map(action -> Arguments.of(state, action)));
	}

}
