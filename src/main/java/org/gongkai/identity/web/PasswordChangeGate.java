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
 * there until the new password is saved. The login, the logout and the page's assets stay open.
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

	private static boolean gated(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/admin") && !path.equals(ACCOUNT) && !path.startsWith(ACCOUNT + "/password")
				&& !path.startsWith("/admin/logout") && !path.startsWith("/admin/login")
				&& !path.startsWith("/admin/assets/");
	}

}
