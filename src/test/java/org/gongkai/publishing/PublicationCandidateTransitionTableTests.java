package org.gongkai.publishing;

import java.util.Map;
import java.util.Optional;

import org.gongkai.platform.DomainException;
import org.gongkai.publishing.PublicationCandidate.Action;
import org.gongkai.publishing.PublicationCandidate.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every status × action pair of a publication candidate against OGI art. 44 ("可以纳入主动公开的范围": the agency
 * decides once, either way): only an undecided candidate is accepted or declined.
 */
class PublicationCandidateTransitionTableTests {

	/** What the statute allows: from OPEN, each decision; after a decision, nothing. */
	private static final Map<Status, Map<Action, Status>> EXPECTED = Map.of(Status.OPEN,
			Map.of(Action.ACCEPT, Status.ACCEPTED, Action.DECLINE, Status.DECLINED), Status.ACCEPTED, Map.of(),
			Status.DECLINED, Map.of());

	@ParameterizedTest
	@EnumSource(Status.class)
	void everyActionFromEveryStatus(Status from) {
		for (Action action : Action.values()) {
			Optional<Status> expected = Optional.ofNullable(EXPECTED.get(from).get(action));
			assertThat(PublicationCandidateTransitions.TABLE.next(from, action)).as("%s on %s", action, from)
				.isEqualTo(expected);
			if (expected.isEmpty()) {
				assertThatThrownBy(() -> PublicationCandidateTransitions.TABLE.move(from, action))
					.isInstanceOfSatisfying(DomainException.class,
							refused -> assertThat(refused.kind()).isEqualTo(DomainException.Kind.CONFLICT));
			}
		}
		assertThat(PublicationCandidateTransitions.TABLE.isFinal(from)).isEqualTo(from != Status.OPEN);
	}

}
