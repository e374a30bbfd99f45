package org.gongkai.publishing;

import java.time.Instant;
import java.time.LocalDate;
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
import static org.gongkai.publishing.DocumentAction.*;
import static org.gongkai.publishing.DocumentStatus.*;

/**
 * Every (state, action) pair of a document against the office rule of OGI art. 17 ("行政机关应当建立健全政府信息公开审查
 * 机制"): written, reviewed by another, published now or at a set time, withdrawn with a reason; a published document
 * is changed only through a new version with its own review. The moves written out here are allowed and lead where
 * they should; every other pair is refused with 409 and changes nothing.
 */
class DocumentTransitionTableTests {

	private static final Instant NOW = Instant.parse("2025-03-10T02:00:00Z");

	/** The expected table, written from the office rule independently of {@link DocumentTransitions}. */
	private static final WrittenRule<DocumentStatus, DocumentAction> RULE = WrittenRule
		.of(DocumentStatus.class, DocumentAction.class)
		.allow(DRAFT, EDIT, DRAFT)
		.allow(DRAFT, SUBMIT, SUBMITTED) // art. 17: reviewed before publication
		.allow(SUBMITTED, REJECT, DRAFT)
		.allow(SUBMITTED, RECALL, DRAFT) // the editor takes the submission back before a reviewer decides
		.allow(SUBMITTED, PUBLISH, PUBLISHED) // art. 17, 26
		.allow(SUBMITTED, SCHEDULE, SCHEDULED)
		.allow(SCHEDULED, UNSCHEDULE, SUBMITTED)
		.allow(SCHEDULED, PUBLISH_DUE, PUBLISHED)
		.allow(PUBLISHED, EDIT, DRAFT) // a new version, reviewed again; the live one stays
		.allow(PUBLISHED, WITHDRAW, WITHDRAWN);

	static Stream<Arguments> everyPair() {
		return RULE.everyPair();
	}

	/** A document of the demo bureau, written by "editor", brought into {@code status}. */
	static Document in(DocumentStatus status) {
		Document document = Document.draft(1, 7, "editor", new Draft("news", "示例区某局召开2025年政务公开工作会议",
				"会议部署了全年工作。", null, null, "其他", "示例区某局", null, null, LocalDate.of(2025, 3, 7), null),
				"<p>会议部署了全年工作。</p>", NOW);
		if (status == DRAFT) {
			return document;
		}
		document.submit();
		switch (status) {
			case SCHEDULED -> document.schedule("reviewer", 0, null, NOW.plusSeconds(3600), NOW);
			case PUBLISHED -> document.publish("reviewer", 0, null, "x/2025-00001", NOW, false);
			case WITHDRAWN -> {
				document.publish("reviewer", 0, null, "x/2025-00001", NOW, false);
				document.withdraw("信息有误");
			}
			default -> {
			}
		}
		return document;
	}

	/** The action with input that satisfies every rule beside the table. */
	static void act(Document document, DocumentAction action) {
		switch (action) {
			case EDIT -> document.startVersion();
			case SUBMIT -> document.submit();
			case REJECT -> document.reject("请补充会议时间");
			case RECALL -> document.recall();
			case PUBLISH -> document.publish("reviewer", 0, null, "x/2025-00002", NOW, false);
			case SCHEDULE -> document.schedule("reviewer", 0, null, NOW.plusSeconds(7200), NOW);
			case UNSCHEDULE -> document.unschedule();
			case PUBLISH_DUE -> document.publishScheduled("x/2025-00002", false);
			case WITHDRAW -> document.withdraw("已被新通知替代");
		}
	}

	@ParameterizedTest(name = "{0} × {1}")
	@MethodSource("everyPair")
	@DisplayName("每个状态 × 每个操作")
	void everyPairIsDecidedByTheRule(DocumentStatus status, DocumentAction action) {
		Document document = in(status);
		assertThat(document.status).isEqualTo(status);
		DocumentStatus expected = RULE.next(status, action).orElse(null);
		if (expected == null) {
			assertThat(DocumentTransitions.allowedActions(status)).doesNotContain(action);
			assertThatThrownBy(() -> act(document, action)).isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
			assertThat(document.status).isEqualTo(status);
		}
		else {
			assertThat(DocumentTransitions.allowedActions(status)).contains(action);
			act(document, action);
			assertThat(document.status).isEqualTo(expected);
		}
	}

	@Test
	void theTableAllowsExactlyWhatTheRuleDoes() {
		RULE.assertAllowedExactlyBy(DocumentTransitions::allowedActions);
	}

	@Test
	void theDiagramShowsEveryMove() {
		assertThat(DocumentTransitions.mermaid()).contains("SUBMITTED --> SCHEDULED : SCHEDULE")
			.contains("PUBLISHED --> DRAFT : EDIT")
			.contains("SUBMITTED --> DRAFT : RECALL")
			.contains("WITHDRAWN --> [*]");
	}

}
