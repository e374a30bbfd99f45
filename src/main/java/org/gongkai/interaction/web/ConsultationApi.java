package org.gongkai.interaction.web;

import java.net.URI;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.interaction.Asked;
import org.gongkai.interaction.ConsultationDesk;
import org.gongkai.interaction.Question;
import org.gongkai.platform.web.SubmissionLimiter;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/agencies/{code}/consultations}: anyone may ask, e.g. from a province's 12345 platform or a
 * mobile app; limited per address like the portal form. Missing or malformed fields answer 400 with each field's
 * problem in the caller's language.
 */
@RestController
class ConsultationApi {

	private final ConsultationDesk desk;

	private final SubmissionLimiter limiter;

	ConsultationApi(ConsultationDesk desk, SubmissionLimiter limiter) {
		this.desk = desk;
		this.limiter = limiter;
	}

	record QuestionBody(String name, String phone, String email, String subject, String question, Boolean publish) {
	}

	record Receipt(String trackingNumber, LocalDate receivedOn, LocalDate dueOn) {
	}

	@PostMapping("/api/v1/agencies/{code}/consultations")
	ResponseEntity<Receipt> ask(@PathVariable String code, @RequestBody QuestionBody body, HttpServletRequest http) {
		limiter.enforce("consultation", http, "interaction.tooMany");
		Asked asked = desk.ask(code, new Question(body.name(), body.phone(), body.email(), body.subject(),
				body.question(), Boolean.TRUE.equals(body.publish())));
		return ResponseEntity.created(URI.create("/consultations/lookup"))
			.body(new Receipt(asked.trackingNumber(), asked.receivedOn(), asked.dueOn()));
	}

}
