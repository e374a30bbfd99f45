package org.gongkai.identity.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyLevel;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.StaffPrincipal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/agencies}: the agency tree, scoped to what the caller may read. */
@RestController
@RequestMapping("/api/v1/agencies")
class AgencyApi {

	private final AgencyAdministration administration;

	private final AgencyDirectory directory;

	AgencyApi(AgencyAdministration administration, AgencyDirectory directory) {
		this.administration = administration;
		this.directory = directory;
	}

	record AgencyRequest(@NotBlank String code, @NotBlank String name, String parentCode, String creditCode,
			AgencyLevel level) {
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<AgencyInfo> create(@AuthenticationPrincipal StaffPrincipal me,
			@Valid @RequestBody AgencyRequest body) {
		AgencyInfo created = administration.create(me.staff(),
				new NewAgency(body.code(), body.name(), body.parentCode(), body.creditCode(), body.level()));
		return ResponseEntity.created(URI.create("/api/v1/agencies/" + created.code())).body(created);
	}

	@GetMapping
	List<AgencyInfo> list(@AuthenticationPrincipal StaffPrincipal me) {
		return directory.readableBy(me.staff());
	}

	@GetMapping("/{code}")
	AgencyInfo one(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code) {
		return directory.readable(me.staff(), code);
	}

}
