package org.gongkai.requests.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An application sent with a file over the container's upload limit (spring.servlet.multipart) cannot be read: the
 * container refuses it with its bare English 413 page as soon as anything (the CSRF check first) asks for a field.
 * Ahead of the security filters, such a post to the public form is answered with a redirect to the form, which then
 * refuses the file in the reader's language (the form's script refuses such a file before it is sent, keeping
 * everything typed). Tomcat reads and drops the rest of the request (server.tomcat.max-swallow-size), so the browser
 * gets the answer.
 */
@Component
@Order(ApplyUploadLimit.ORDER)
class ApplyUploadLimit extends OncePerRequestFilter {

	static final String FORM = "/requests/new";

	/**
	 * Right after the character-encoding filter (Ordered.HIGHEST_PRECEDENCE), which must set UTF-8 before the parts
	 * are read here, and well before the security filters.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	private final long maxRequestBytes;

	ApplyUploadLimit(@Value("${spring.servlet.multipart.max-request-size:64MB}") DataSize maxRequestSize) {
		this.maxRequestBytes = maxRequestSize.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !"POST".equals(request.getMethod()) || contentType == null
				|| !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
				|| !FORM.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (maxRequestBytes > 0 && request.getContentLengthLong() > maxRequestBytes || !partsReadable(request)) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", request.getContextPath() + FORM + "?fileTooLarge");
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Whether the container could read the parts without going over its limits (a request sent in chunks has no
	 * length to check beforehand); other problems are left to the form.
	 */
	private static boolean partsReadable(HttpServletRequest request) {
		try {
			request.getParts();
			return true;
		}
		catch (IllegalStateException | IOException | ServletException e) {
			for (Throwable cause = e; cause != null; cause = cause.getCause()) {
				String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
				if (message.contains("exceed") || message.contains("too large")) {
					return false;
				}
			}
			return true;
		}
	}

}
