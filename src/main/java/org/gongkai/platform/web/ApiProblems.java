package org.gongkai.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.platform.DomainException;
import org.gongkai.platform.InvalidInput;
import org.gongkai.platform.RateLimited;
import tools.jackson.core.JacksonException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Maps rejections of the JSON API to RFC 9457 problem details, in the caller's language (Accept-Language), naming
 * the field at fault where there is one.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput e) {
		return badRequest(e.violations()
			.stream()
			.map(violation -> Map.of("field", violation.field(), "message",
					text(violation.messageKey(), violation.arguments())))
			.toList());
	}

	@ExceptionHandler(DomainException.class)
	ProblemDetail domain(DomainException e) {
		String text = text(e.messageKey(), e.arguments());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatuses.of(e.kind()), text);
		if (e.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", text)));
		}
		return problem;
	}

	/** A refusal for asking too often: 429 with {@code Retry-After} in seconds (RFC 9110 §10.2.3). */
	@ExceptionHandler(RateLimited.class)
	ResponseEntity<ProblemDetail> tooMany(RateLimited e) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
			.body(domain(e));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalidBody(MethodArgumentNotValidException e) {
		List<Map<String, String>> errors = e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", text(error)))
			.toList();
		return badRequest(errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
		String field = "body";
		if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			field = jackson.getPath().stream().map(ApiProblems::segment).reduce((a, b) -> a + "." + b).orElse("body");
		}
		return badRequest(List.of(Map.of("field", field, "message", text("problem.unreadable"))));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException e) {
		return badRequest(List.of(Map.of("field", e.getParameterName(), "message", text("problem.required"))));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail wrongType(MethodArgumentTypeMismatchException e) {
		return badRequest(List.of(Map.of("field", e.getName(), "message", text("problem.malformed"))));
	}

	private ProblemDetail badRequest(List<Map<String, String>> errors) {
		String detail = errors.stream()
			.map(error -> error.get("field") + ": " + error.get("message"))
			.reduce((a, b) -> a + "; " + b)
			.orElse(text("problem.malformed"));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	private static String segment(JacksonException.Reference reference) {
		return reference.getPropertyName() != null ? reference.getPropertyName()
				: String.valueOf(reference.getIndex());
	}

	private String text(FieldError error) {
		return messages.getMessage(error, locale());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
