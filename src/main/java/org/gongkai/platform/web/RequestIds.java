package org.gongkai.platform.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id that its log lines carry ({@code requestId} in the MDC: in the console pattern and as a
 * field of the structured JSON logs) and that its response echoes in {@value #HEADER}. The id comes from the
 * request's {@value #HEADER} (set by nginx as {@code $request_id}, or by a caller tracing its own call) when it is a
 * plain token of at most {@value #MAX_LENGTH} letters, digits, {@code . _ : -}; anything else is never logged or
 * echoed (it could forge log lines or headers) and a new id is made instead. Runs first, before security, so that
 * refused requests are traceable too; keeps the id through async and error dispatches.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIds extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	static final int MAX_LENGTH = 64;

	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0," + (MAX_LENGTH - 1) + "}");

	private static final String ATTRIBUTE = RequestIds.class.getName();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = (String) request.getAttribute(ATTRIBUTE);
		if (id == null) {
			id = accepted(request.getHeader(HEADER));
			request.setAttribute(ATTRIBUTE, id);
			response.setHeader(HEADER, id);
		}
		String outer = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (outer == null) {
				MDC.remove(MDC_KEY);
			}
			else {
				MDC.put(MDC_KEY, outer);
			}
		}
	}

	/** The caller's id if it is a plain token, else a new one. */
	static String accepted(String presented) {
		if (presented != null && ACCEPTED.matcher(presented).matches()) {
			return presented;
		}
		return UUID.randomUUID().toString();
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
