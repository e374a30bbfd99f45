package org.gongkai.assistant.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.assistant.Assistant;
import org.gongkai.assistant.AssistantAnswer;
import org.gongkai.assistant.AssistantQueries;
import org.gongkai.assistant.AssistantSettings;
import org.gongkai.assistant.WhenAssistantEnabled;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.web.SubmissionLimiter;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code /api/v1/assistant}: the public chat endpoints the portal's panel calls (no login; see
 * {@link AssistantApiSecurity}). Asking is rate-limited per address; the hand-over is {@link HandoffApi}.
 */
@RestController
@WhenAssistantEnabled
class AssistantApi {

	private final Assistant assistant;

	private final AssistantQueries queries;

	private final SubmissionLimiter limiter;

	private final MessageSource messages;

	/** Runs streamed answers (a model's answer takes seconds), so that they do not hold request threads. */
	private final TaskExecutor streams;

	private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(2);

	private final AssistantSettings settings;

	AssistantApi(Assistant assistant, AssistantQueries queries, SubmissionLimiter limiter, MessageSource messages,
			@Qualifier("applicationTaskExecutor") TaskExecutor streams, AssistantSettings settings) {
		this.settings = settings;
		this.messages = messages;
		this.streams = streams;
		this.assistant = assistant;
		this.queries = queries;
		this.limiter = limiter;
	}

	record Question(String agency, String question, String conversationId) {
	}

	record Feedback(Long questionId, String conversationId, Boolean helpful) {
	}

	@PostMapping("/api/v1/assistant/ask")
	AssistantAnswer ask(@RequestBody Question body, Locale locale, HttpServletRequest request) {
		limitQuestions(request);
		return assistant.ask(body.agency(), body.question(), body.conversationId(), locale);
	}

	/** At most {@code gongkai.assistant.max-questions} per address in {@code gongkai.assistant.questions-window}. */
	private void limitQuestions(HttpServletRequest request) {
		limiter.enforce("assistant-ask", request, settings.maxQuestions(), settings.questionsWindow(),
				"assistant.ask.tooMany");
	}

	/**
	 * The same answer as a stream of server-sent events: {@code piece} events while a language model writes (none
	 * without one), then one {@code answer} event with the whole answer, its sources and whether to offer the
	 * hand-over; an {@code error} event carries a problem's message.
	 */
	@PostMapping(path = "/api/v1/assistant/ask", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter askStreaming(@RequestBody Question body, Locale locale, HttpServletRequest request) {
		limitQuestions(request);
		SseEmitter events = new SseEmitter(STREAM_TIMEOUT.toMillis());
		streams.execute(() -> {
			try {
				AssistantAnswer answer = assistant.ask(body.agency(), body.question(), body.conversationId(), locale,
						piece -> send(events, SseEmitter.event().name("piece").data(piece)));
				send(events, SseEmitter.event().name("answer").data(answer, MediaType.APPLICATION_JSON));
				events.complete();
			}
			catch (DomainException e) {
				send(events, SseEmitter.event().name("error")
					.data(messages.getMessage(e.messageKey(), e.arguments(), locale)));
				events.complete();
			}
			catch (RuntimeException e) {
				events.completeWithError(e);
			}
		});
		return events;
	}

	private static void send(SseEmitter events, SseEmitter.SseEventBuilder event) {
		try {
			events.send(event);
		}
		catch (IOException e) {
			throw new UncheckedIOException("the asker went away", e);
		}
	}

	@PostMapping("/api/v1/assistant/feedback")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void feedback(@RequestBody Feedback body) {
		if (body.questionId() == null || body.helpful() == null) {
			throw DomainException.invalid(body.questionId() == null ? "questionId" : "helpful", "validation.required");
		}
		assistant.feedback(body.questionId(), body.conversationId(), body.helpful());
	}

	@GetMapping("/api/v1/assistant/suggestions")
	List<String> suggestions(@RequestParam(defaultValue = "") String agency) {
		return queries.suggestions(assistant.agency(agency).code());
	}

}
