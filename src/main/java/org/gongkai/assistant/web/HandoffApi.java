package org.gongkai.assistant.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.assistant.Handoffs;
import org.gongkai.assistant.WhenAssistantEnabled;
import org.gongkai.platform.web.SubmissionLimiter;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/assistant/handoffs}: the portal's panel hands a conversation over to staff (no login, like the
 * rest of {@code /api/v1/assistant}; rate-limited per address) and tells the citizen the 咨询编号 and where to look
 * the answer up.
 */
@RestController
@WhenAssistantEnabled
class HandoffApi {

	/** Where a citizen looks up the answer to a consultation by its tracking number. */
	static final String CONSULTATION_LOOKUP = "/consultations/lookup";

	private final Handoffs handoffs;

	private final SubmissionLimiter limiter;

	HandoffApi(Handoffs handoffs, SubmissionLimiter limiter) {
		this.handoffs = handoffs;
		this.limiter = limiter;
	}

	record HandoffBody(String agency, String conversationId, String name, String contact) {
	}

	/** The hand-over made, the 咨询编号 the citizen looks the answer up by, and where. */
	record HandedOver(long id, String trackingNumber, String lookup) {
	}

	@PostMapping("/api/v1/assistant/handoffs")
	@ResponseStatus(HttpStatus.CREATED)
	HandedOver handOver(@RequestBody HandoffBody body, HttpServletRequest request) {
		limiter.enforce("assistant-handoff", request, "assistant.handoff.tooMany");
		Handoffs.Handoff handoff = handoffs.handOver(body.agency(), body.conversationId(), body.name(), body.contact());
		return new HandedOver(handoff.id(), handoff.trackingNumber(), CONSULTATION_LOOKUP);
	}

}
