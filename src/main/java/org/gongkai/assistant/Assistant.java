package org.gongkai.assistant;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.UUID;
import java.util.regex.Pattern;

import org.gongkai.assistant.Retrieval.Candidate;
import org.gongkai.assistant.Triage.Decision;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.InvalidInput.Violations;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Answers citizens' questions about an agency (and the agencies below it) from its service guides and published
 * documents, 7 × 24: hybrid retrieval, then an extractive answer, or a generated one when a language model is
 * configured and answers in time. Below the calibrated threshold it says it does not know and offers the hand-over to
 * staff ({@link Handoffs}). Every question is recorded, for the back office and the suggested questions.
 */
@Service
@WhenAssistantEnabled
public class Assistant {

	static final int MAX_QUESTION = 500;

	private static final Pattern CONVERSATION = Pattern.compile("[A-Za-z0-9-]{8,64}");

	private final Retrieval retrieval;

	private final Responder responder;

	private final Optional<GroundedGenerator> generator;

	private final AgencyDirectory agencies;

	private final AskedQuestions questions;

	private final MessageSource messages;

	Assistant(Retrieval retrieval, Responder responder, Optional<GroundedGenerator> generator,
			AgencyDirectory agencies, AskedQuestions questions, MessageSource messages) {
		this.retrieval = retrieval;
		this.responder = responder;
		this.generator = generator;
		this.agencies = agencies;
		this.questions = questions;
		this.messages = messages;
	}

	/** Answers a question asked of an agency; {@code conversationId} ties follow-up questions together. */
	public AssistantAnswer ask(String agencyCode, String question, String conversationId, Locale locale) {
		return ask(agencyCode, question, conversationId, locale, null);
	}

	/**
	 * Answers like {@link #ask(String, String, String, Locale)}; when a language model writes the answer, each piece
	 * goes to {@code pieces} as it comes (the returned answer is the final word: it replaces what was shown when the
	 * model failed or declined).
	 */
	public AssistantAnswer ask(String agencyCode, String question, String conversationId, Locale locale,
			Consumer<String> pieces) {
		long started = System.nanoTime();
		Violations violations = new Violations();
		if (violations.require("question", question) && question.strip().length() > MAX_QUESTION) {
			violations.add("question", "assistant.ask.tooLong", MAX_QUESTION);
		}
		if (conversationId != null && !conversationId.isBlank() && !CONVERSATION.matcher(conversationId).matches()) {
			violations.add("conversationId", "assistant.ask.conversation.malformed");
		}
		violations.throwIfAny();
		AgencyInfo agency = agency(agencyCode);
		String conversation = conversationId == null || conversationId.isBlank() ? UUID.randomUUID().toString()
				: conversationId;
		String asked = question.strip();
		Reply reply = reply(agency, asked, conversation, locale, pieces);
		int latency = (int) ((System.nanoTime() - started) / 1_000_000);
		Candidate top = reply.top();
		long id = questions.record(new AskedQuestions.Asked(agency.code(), conversation, asked, !reply.handoff(),
				reply.text(), top == null ? null : top.sourceKey(), top == null ? null : top.best().title(),
				top == null ? 0f : (float) top.cosine(), reply.viaLlm(), latency));
		return new AssistantAnswer(id, conversation, reply.text(), reply.sources(), reply.handoff(),
				reply.clarification(), reply.redirectedTo());
	}

	/** The asker's thumbs up ({@code helpful}) or down on an answer of their conversation. */
	public void feedback(long questionId, String conversationId, boolean helpful) {
		if (!questions.rate(questionId, conversationId, helpful)) {
			throw DomainException.notFound("assistant.question.notFound", questionId);
		}
	}

	private record Reply(String text, List<AssistantAnswer.Source> sources, boolean handoff, Candidate top,
			boolean viaLlm, boolean clarification, String redirectedTo) {

		Reply(String text, List<AssistantAnswer.Source> sources, boolean handoff, Candidate top, boolean viaLlm) {
			this(text, sources, handoff, top, viaLlm, false, null);
		}

	}

	private Reply reply(AgencyInfo agency, String question, String conversation, Locale locale,
			Consumer<String> pieces) {
		String root = agency(null).path();
		Decision decision = responder.respond(agency.path(), root, question);
		if (decision.kind() == Triage.Kind.DECLINE && decision.belongs() == null && !decision.unlisted()
				&& ExtractiveAnswer.asked(question).isPresent()) {
			// a follow-up about a part of the guide ("那要带什么材料？") is read with the subject of the last answer,
			// which the agency answered from: it is not sent elsewhere; a question about a matter the agency has no
			// guide for (监理企业资质要什么材料 after 建筑业企业资质) is not one
			Optional<Decision> followUp = questions.lastSubject(conversation)
				.map(subject -> responder.respond(agency.path(), root, subject + " " + question))
				.filter(again -> again.belongs() == null);
			decision = followUp.orElse(decision);
		}
		List<Candidate> found = decision.candidates();
		switch (decision.kind()) {
			case DECLINE -> {
				Remits.Remit belongs = decision.belongs();
				String text = belongs == null ? messages.getMessage("assistant.decline", null, locale)
						: messages.getMessage("assistant.decline.elsewhere",
								new Object[] { agency.name(), belongs.department(locale) }, locale);
				return new Reply(text, List.of(), true, null, false);
			}
			case CLARIFY -> {
				if (generator.isPresent() && decision.close()) {
					// a language model answers from close items, or says it does not know
					break;
				}
				String choices = String.join("\n", found.stream().map(c -> "• " + c.best().title()).toList());
				return new Reply(messages.getMessage("assistant.clarify", new Object[] { choices }, locale),
						found.stream().map(Assistant::source).toList(), false, found.get(0), false, true, null);
			}
			case REDIRECT -> {
				String path = decision.elsewhere();
				String elsewhere = agencies.all()
					.stream()
					.filter(a -> a.path().equals(path))
					.map(AgencyInfo::name)
					.findFirst()
					.orElse(found.get(0).best().agencyCode());
				return new Reply(messages.getMessage("assistant.redirect",
						new Object[] { agency.name(), elsewhere, found.get(0).best().title() }, locale),
						found.stream().map(Assistant::source).toList(), false, found.get(0), false, false,
						found.get(0).best().agencyCode());
			}
			case ANSWER -> {
			}
		}
		List<AssistantAnswer.Source> sources = found.stream().map(Assistant::source).toList();
		if (generator.isPresent()) {
			Optional<String> generated = pieces == null ? generator.get().answer(question, found)
					: generator.get().stream(question, found, new HoldingBackUnknown(pieces));
			if (generated.isPresent() && generated.get().contains(GroundedGenerator.UNKNOWN)) {
				return new Reply(messages.getMessage("assistant.decline", null, locale), List.of(), true, found.get(0),
						true);
			}
			if (generated.isPresent()) {
				return new Reply(generated.get(), sources, false, found.get(0), true);
			}
		}
		return new Reply(ExtractiveAnswer.of(retrieval.complete(found.get(0)), question), sources, false, found.get(0),
				false);
	}

	/**
	 * Passes the model's pieces on, except that the start is held until it is clear that the model is not answering
	 * {@link GroundedGenerator#UNKNOWN}, which the asker should not see (they get the decline instead).
	 */
	private static final class HoldingBackUnknown implements Consumer<String> {

		private final Consumer<String> pieces;

		private final StringBuilder start = new StringBuilder();

		private boolean passing;

		HoldingBackUnknown(Consumer<String> pieces) {
			this.pieces = pieces;
		}

		@Override
		public void accept(String piece) {
			if (passing) {
				pieces.accept(piece);
				return;
			}
			start.append(piece);
			String held = start.toString().stripLeading();
			if (held.length() >= GroundedGenerator.UNKNOWN.length() && !held.startsWith(GroundedGenerator.UNKNOWN)) {
				passing = true;
				pieces.accept(held);
			}
		}

	}

	/** The agency asked; none (a page of no particular agency) means the root, the whole platform. */
	public AgencyInfo agency(String agencyCode) {
		if (agencyCode == null || agencyCode.isBlank()) {
			return agencies.all().stream().findFirst()
				.orElseThrow(() -> DomainException.notFound("identity.agency.notFound", ""));
		}
		return agencies.findByCode(agencyCode)
			.orElseThrow(() -> DomainException.notFound("identity.agency.notFound", agencyCode));
	}

	static AssistantAnswer.Source source(Candidate candidate) {
		Chunk best = candidate.best();
		boolean item = best.kind() == Chunk.Kind.ITEM;
		return new AssistantAnswer.Source(item ? best.ref() : null, item ? null : Long.valueOf(best.ref()),
				best.title(), best.url(), ExtractiveAnswer.format(best));
	}

}
