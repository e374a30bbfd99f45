package org.gongkai.identity.web;

import java.io.IOException;
import java.util.EnumSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An auditor who is nothing else reads and exports the logs and nothing else (三员分立, issue 19): in the back office
 * the dashboard, the audit and login log and their own account; in the API the audit calls. Anything else answers
 * 403, whatever the page itself would allow a staff member of their agency.
 */
class AuditorConfinement extends OncePerRequestFilter {

	private static final String[] OPEN = { "/admin/audit", "/admin/account", "/admin/logout", "/admin/login",
			"/admin/assets/", "/api/v1/audit/" };

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal
				&& EnumSet.of(Role.AUDITOR).containsAll(principal.staff().roles()) && !open(request)) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean open(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/admin") && !path.startsWith("/api/")) {
			return true;
		}
		if (path.equals("/admin") || path.equals("/admin/")) {
			return true;
		}
		for (String open : OPEN) {
			if (path.startsWith(open)) {
				return true;
			}
		}
		return false;
	}

}
