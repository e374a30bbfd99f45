package org.gongkai.interaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.gongkai.calendar.OfficialCalendar;
import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.interaction.ConsultationStatus.ANSWERED;
import static org.gongkai.interaction.ConsultationStatus.FORWARDED;
import static org.gongkai.interaction.ConsultationStatus.PETITION;
import static org.gongkai.interaction.ConsultationStatus.RECEIVED;
import static org.gongkai.interaction.ConsultationStatus.REJECTED;
import static org.gongkai.interaction.Triage.ANSWER;
import static org.gongkai.interaction.Triage.FORWARD;
import static org.gongkai.interaction.Triage.MARK_PETITION;
import static org.gongkai.interaction.Triage.REJECT;

/**
 * Every (state, action) pair of a consultation against the office rule: every valid message gets its answer
 * (国办秘函〔2019〕19号, 互动回应), so a RECEIVED question is handled exactly once — answered, forwarded to the agency
 * responsible, pointed to the 信访 channel (信访工作条例 art. 22) or rejected as invalid — and every other pair is
 * refused with 409 and changes nothing.
 */
class ConsultationTableTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	/** The expected table, written from the rule independently of {@link Consultation#TABLE}. */
	private static final Map<ConsultationStatus, Map<Triage, ConsultationStatus>> RULE = new EnumMap<>(
			ConsultationStatus.class);

	static {
		allow(RECEIVED, ANSWER, ANSWERED);
		allow(RECEIVED, FORWARD, FORWARDED); // continues at the other agency under a new number
		allow(RECEIVED, MARK_PETITION, PETITION); // 信访工作条例 art. 22
		allow(RECEIVED, REJECT, REJECTED);
	}

	private static void allow(ConsultationStatus from, Triage action, ConsultationStatus to) {
		RULE.computeIfAbsent(from, s -> new EnumMap<>(Triage.class)).put(action, to);
	}

	static Stream<Arguments> everyPair() {
		return Arrays.stream(ConsultationStatus.values())
			.flatMap(status -> Arrays.stream(Triage.values()).map(action -> Arguments.of(status, action)));
	}

	@ParameterizedTest(name = "{0} × {1}")
	@MethodSource("everyPair")
	@DisplayName("每个状态 × 每个操作")
	void everyPairIsDecidedByTheRule(ConsultationStatus status, Triage action) {
		Consultation consultation = in(status);
		ConsultationStatus expected = RULE.getOrDefault(status, Map.of()).get(action);
		if (expected == null) {
			assertThat(Consultation.TABLE.allowed(status)).doesNotContain(action);
			assertThatThrownBy(() -> consultation.apply(valid(action), TODAY, "officer"))
				.isInstanceOfSatisfying(DomainException.class, e -> {
					assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
					assertThat(e.field()).isEqualTo("action");
				});
			assertThat(consultation.status).isEqualTo(status);
			assertThat(consultation.handledOn).isNull();
		}
		else {
			assertThat(Consultation.TABLE.allowed(status)).contains(action);
			consultation.apply(valid(action), TODAY, "officer");
			assertThat(consultation.status).isEqualTo(expected);
			assertThat(consultation.handledOn).isEqualTo(TODAY);
			assertThat(consultation.handledBy).isEqualTo("officer");
		}
	}

	@Test
	void theTableAllowsExactlyWhatTheRuleDoes() {
		for (ConsultationStatus status : ConsultationStatus.values()) {
			assertThat(Consultation.TABLE.allowed(status))
				.containsExactlyInAnyOrderElementsOf(RULE.getOrDefault(status, Map.of()).keySet());
			assertThat(Consultation.TABLE.isFinal(status)).isEqualTo(!RULE.containsKey(status));
		}
	}

	@Test
	void theDiagramShowsEveryMove() {
		assertThat(Consultation.TABLE.mermaid()).contains("[*] --> RECEIVED")
			.contains("RECEIVED --> PETITION : MARK_PETITION")
			.contains("REJECTED --> [*]");
	}

	/** A consultation received a week before {@link #TODAY}, put in {@code status}. */
	static Consultation in(ConsultationStatus status) {
		Consultation consultation = Consultation.received(1, "ZX2026-TABLE", new Question("张三", "13800138000", null,
				"主题", "问题内容很长", true), Instant.EPOCH, TODAY.minusDays(7), 5, OfficialCalendar.calendar(), null);
		consultation.status = status;
		return consultation;
	}

	/** A command of the action with every field it needs. */
	static ConsultationCommand valid(Triage action) {
		return switch (action) {
			case ANSWER -> new ConsultationCommand.Answer(null, "答复内容", true);
			case FORWARD -> new ConsultationCommand.Forward(null, "demo-finance", "由区财政局负责");
			case MARK_PETITION -> new ConsultationCommand.MarkPetition(null, "请通过信访渠道反映");
			case REJECT -> new ConsultationCommand.Reject(null, "广告信息");
		};
	}

}
