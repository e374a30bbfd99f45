package org.gongkai.assistant.web;

import java.util.List;

import org.gongkai.assistant.ServiceItem;
import org.gongkai.assistant.ServiceItems;
import org.gongkai.identity.StaffPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1}: the import of an agency's service items from its service system, and reading them back. */
@RestController
class ServiceItemApi {

	private final ServiceItems items;

	ServiceItemApi(ServiceItems items) {
		this.items = items;
	}

	/** A JSON array of items; idempotent by code, all or nothing, errors named by position ({@code [2].materials}). */
	@PostMapping("/api/v1/agencies/{code}/service-items/imports")
	ServiceItems.ImportResult importItems(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code,
			@RequestBody List<ServiceItem> body) {
		return items.importItems(me.staff(), code, body);
	}

	@GetMapping("/api/v1/agencies/{code}/service-items/{item}")
	ServiceItem one(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code, @PathVariable String item) {
		return items.find(me.staff(), code, item).item();
	}

}
