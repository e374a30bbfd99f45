package org.gongkai.assistant;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The questions asked of the assistant (table {@code assistant_question}): each one recorded with what was answered
 * and from which source, the asker's thumbs up or down, and a conversation's last answered subject, with which a
 * follow-up is read.
 */
@Component
@WhenAssistantEnabled
class AskedQuestions {

	/** A question as it was answered: from which source (none when it was declined), how close, how fast. */
	record Asked(String agencyCode, String conversation, String question, boolean answered, String answer,
			String sourceKey, String sourceTitle, float score, boolean viaLlm, int latencyMs) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	AskedQuestions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records the question, asked now; its id. */
	long record(Asked asked) {
		return jdbc.sql("""
				insert into assistant_question (agency_code, conversation_id, question, answered, answer, top_source,
				       top_title, score, via_llm, latency_ms, asked_at)
				values (:agency, :conversation, :question, :answered, :answer, :source, :title, :score, :llm, :latency, :at)
				returning id""")
			.param("agency", asked.agencyCode())
			.param("conversation", asked.conversation())
			.param("question", asked.question())
			.param("answered", asked.answered())
			.param("answer", asked.answer())
			.param("source", asked.sourceKey())
			.param("title", asked.sourceTitle())
			.param("score", asked.score())
			.param("llm", asked.viaLlm())
			.param("latency", asked.latencyMs())
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	/** Records the thumbs up or down on a question of the conversation; whether there was one. */
	boolean rate(long questionId, String conversation, boolean helpful) {
		return jdbc.sql("update assistant_question set feedback = :value where id = :id and conversation_id = :c")
			.param("value", helpful ? 1 : -1)
			.param("id", questionId)
			.param("c", conversation == null ? "" : conversation)
			.update() > 0;
	}

	/** The title of the source the conversation's last answered question was answered from. */
	Optional<String> lastSubject(String conversation) {
		return jdbc.sql("""
				select top_title from assistant_question where conversation_id = :c and answered
				order by id desc limit 1""").param("c", conversation).query(String.class).optional();
	}

}
