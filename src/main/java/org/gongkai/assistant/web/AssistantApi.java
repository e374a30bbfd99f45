package org.gongkai.assistant.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.assistant.Assistant;
import org.gongkai.assistant.AssistantAnswer;
import org.gongkai.assistant.AssistantQueries;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.web.SubmissionLimiter;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/assistant}: the public chat endpoints the portal's panel calls (no login; see
 * {@link AssistantApiSecurity}). Asking and handing over are rate-limited per address.
 */
@RestController
class AssistantApi {

	private final Assistant assistant;

	private final AssistantQueries queries;

	private final SubmissionLimiter limiter;

	AssistantApi(Assistant assistant, AssistantQueries queries, SubmissionLimiter limiter) {
		this.assistant = assistant;
		this.queries = queries;
		this.limiter = limiter;
	}

	record Question(String agency, String question, String conversationId) {
	}

	record Feedback(Long questionId, String conversationId, Boolean helpful) {
	}

	record HandoffBody(String agency, String conversationId, String name, String contact) {
	}

	@PostMapping("/api/v1/assistant/ask")
	AssistantAnswer ask(@RequestBody Question body, Locale locale) {
		return assistant.ask(body.agency(), body.question(), body.conversationId(), locale);
	}

	@PostMapping("/api/v1/assistant/feedback")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void feedback(@RequestBody Feedback body) {
		if (body.questionId() == null || body.helpful() == null) {
			throw DomainException.invalid(body.questionId() == null ? "questionId" : "helpful", "validation.required");
		}
		assistant.feedback(body.questionId(), body.conversationId(), body.helpful());
	}

	@PostMapping("/api/v1/assistant/handoffs")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Long> handOver(@RequestBody HandoffBody body, HttpServletRequest request) {
		if (!limiter.tryAcquire("assistant-handoff", request)) {
			throw new DomainException(DomainException.Kind.CONFLICT, null, "assistant.handoff.tooMany");
		}
		return Map.of("id", assistant.handOver(body.agency(), body.conversationId(), body.name(), body.contact()));
	}

	@GetMapping("/api/v1/assistant/suggestions")
	List<String> suggestions(@RequestParam(defaultValue = "") String agency) {
		return queries.suggestions(assistant.agency(agency).code());
	}

}
