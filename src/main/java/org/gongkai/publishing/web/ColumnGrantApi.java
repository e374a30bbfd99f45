package org.gongkai.publishing.web;

import java.util.List;
import java.util.Set;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.publishing.ColumnGrants;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/users/{id}/columns}: 栏目授权, the columns an editor is limited to (issue 19). */
@RestController
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class ColumnGrantApi {

	private final ColumnGrants grants;

	ColumnGrantApi(ColumnGrants grants) {
		this.grants = grants;
	}

	record ColumnsRequest(Set<String> columns) {
	}

	@GetMapping("/api/v1/users/{id}/columns")
	List<String> of(@PathVariable long id) {
		return grants.of(id);
	}

	@PutMapping("/api/v1/users/{id}/columns")
	List<String> grant(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@RequestBody ColumnsRequest body) {
		return grants.grant(me.staff(), id, body.columns());
	}

}
