package org.gongkai.identity.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.StaffPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a staff member whose password must be changed (an initial or reset password, or one older than
 * {@code gongkai.security.password.max-age}; issue 19) on their account page: every other back-office page redirects
 * there until the new password is saved. The login, the logout and the page's assets stay open. The API refuses
 * such a password ({@link Api}).
 */
class PasswordChangeGate extends OncePerRequestFilter {

	static final String ACCOUNT = "/admin/account";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal
				&& principal.passwordChangeDue() && gated(request)) {
			response.sendRedirect(request.getContextPath() + ACCOUNT + "?change");
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * The API's side of the gate: a password that must be changed does not open the API either (HTTP Basic answers
	 * 403 with the reason), so that an initial or reset password, which someone else chose, serves only to log in and
	 * replace it. A personal token, issued on the account page after that, is not a password and is not gated.
	 */
	static final class Api extends OncePerRequestFilter {

		private final ApiProblemResponses problems;

		Api(ApiProblemResponses problems) {
			this.problems = problems;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			String header = request.getHeader("Authorization");
			if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6) && authentication != null
					&& authentication.getPrincipal() instanceof StaffPrincipal principal
					&& principal.passwordChangeDue()) {
				problems.forbidden(request, response, "problem.passwordChangeDue");
				return;
			}
			chain.doFilter(request, response);
		}

	}

	private static boolean gated(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/admin") && !path.equals(ACCOUNT) && !path.startsWith(ACCOUNT + "/password")
				&& !path.startsWith("/admin/logout") && !path.startsWith("/admin/login")
				&& !path.startsWith("/admin/assets/");
	}

}
