package org.gongkai.assistant;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.ContactDetails;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.InvalidInput.Violations;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands a conversation the assistant could not answer over to the asked agency's staff (转人工): the hand-over is
 * stored with the conversation's transcript, announced for the interaction module to make a consultation of, and
 * carries that consultation's tracking number back to the citizen.
 */
@Service
@WhenAssistantEnabled
public class Handoffs {

	private final Assistant assistant;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Handoffs(Assistant assistant, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.assistant = assistant;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** A hand-over and the tracking number (咨询编号) of the consultation it became, null while there is none. */
	public record Handoff(long id, String trackingNumber) {
	}

	/**
	 * Hands the conversation's last unanswered question (or its last question) over to the agency's staff. The
	 * hand-over is stored here and announced as {@link AssistantHandoffRequested}; the interaction module makes it a
	 * consultation in the same transaction and records its tracking number here, which is returned for the citizen.
	 */
	@Transactional
	public Handoff handOver(String agencyCode, String conversationId, String name, String contact) {
		AgencyInfo agency = assistant.agency(agencyCode);
		Violations violations = new Violations();
		violations.require("conversationId", conversationId);
		if (violations.require("contact", contact) && !ContactDetails.isPhone(contact)
				&& !ContactDetails.isEmail(contact)) {
			violations.add("contact", "assistant.handoff.contact.format");
		}
		if (name != null && name.strip().length() > 100) {
			violations.add("name", "assistant.handoff.name.tooLong", 100);
		}
		violations.throwIfAny();
		List<Turn> turns = jdbc.sql("""
				select question, answer, answered from assistant_question
				where conversation_id = :c and agency_code = :agency order by id""")
			.param("c", conversationId)
			.param("agency", agency.code())
			.query((rs, row) -> new Turn(rs.getString("question"), rs.getString("answer"), rs.getBoolean("answered")))
			.list();
		if (turns.isEmpty()) {
			throw DomainException.notFound("assistant.conversation.notFound", conversationId);
		}
		String question = turns.stream()
			.filter(turn -> !turn.answered())
			.reduce((a, b) -> b)
			.orElse(turns.get(turns.size() - 1))
			.question();
		String transcript = String.join("\n",
				turns.stream().map(turn -> "问：" + turn.question() + "\n答：" + turn.answer()).toList());
		String cleanName = name == null || name.isBlank() ? null : name.strip();
		String cleanContact = contact == null || contact.isBlank() ? null : contact.strip();
		long id = jdbc.sql("""
				insert into assistant_handoff (agency_code, conversation_id, question, conversation, name, contact, created_at)
				values (:agency, :c, :question, :conversation, :name, :contact, :at) returning id""")
			.param("agency", agency.code())
			.param("c", conversationId)
			.param("question", question)
			.param("conversation", transcript)
			.param("name", cleanName)
			.param("contact", cleanContact)
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		events.publishEvent(new AssistantHandoffRequested(id, agency.code(), conversationId, question, transcript,
				cleanName, cleanContact));
		return new Handoff(id, jdbc.sql("select consultation from assistant_handoff where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null));
	}

	/** The consultation a hand-over became (the interaction module tells), shown with the hand-over to staff. */
	@Transactional
	public void handedOverAs(long handoffId, String trackingNumber) {
		jdbc.sql("update assistant_handoff set consultation = :number where id = :id")
			.param("number", trackingNumber)
			.param("id", handoffId)
			.update();
	}

	private record Turn(String question, String answer, boolean answered) {
	}

}
