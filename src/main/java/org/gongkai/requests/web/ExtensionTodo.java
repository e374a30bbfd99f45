package org.gongkai.requests.web;

import java.util.List;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.requests.RequestQueries;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The head of the office's to-do list of extensions to decide (OGI art. 33 ¶2), for the dashboard's fragment
 * {@code admin/fragments/extensions-awaiting}, which calls it as {@code @requestExtensionTodo}: the items of the
 * signed-in staff member, empty for anyone who leads no office.
 */
@Component("requestExtensionTodo")
public class ExtensionTodo {

	private final RequestQueries queries;

	ExtensionTodo(RequestQueries queries) {
		this.queries = queries;
	}

	public List<RequestQueries.ExtensionAwaiting> mine() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal me)) {
			return List.of();
		}
		return queries.extensionsAwaiting(me.staff());
	}

}
