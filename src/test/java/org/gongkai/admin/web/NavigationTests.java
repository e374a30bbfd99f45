package org.gongkai.admin.web;

import java.util.Set;

import org.gongkai.identity.AgencyId;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout links the sections each role opens, and only those. */
class NavigationTests {

	@Test
	void anEditorWritesDocumentsAndSeesNoCaseWork() {
		assertThat(Navigation.of(staff(Role.EDITOR)))
			.isEqualTo(new Navigation(false, false, true, true, true, false, false, false, true));
		assertThat(Navigation.of(staff(Role.EDITOR, Role.OFFICER)).requests()).isTrue();
	}

	@Test
	void aReviewerReviewsDocumentsAndNormativeDocuments() {
		assertThat(Navigation.of(staff(Role.REVIEWER)))
			.isEqualTo(new Navigation(true, true, true, true, false, false, false, false, true));
	}

	@Test
	void anOfficerHandlesCasesOnly() {
		assertThat(Navigation.of(staff(Role.OFFICER)))
			.isEqualTo(new Navigation(true, true, false, false, false, false, false, false, true));
	}

	@Test
	void aSupervisorReadsAccountsAndAnAdministratorEverythingButNormativeDocumentsAndTheAuditLog() {
		assertThat(Navigation.of(staff(Role.SUPERVISOR)))
			.isEqualTo(new Navigation(true, true, false, false, false, true, false, false, true));
		assertThat(Navigation.of(staff(Role.ADMIN)))
			.isEqualTo(new Navigation(true, true, true, false, true, true, false, false, true));
	}

	/** 三员分立 (issue 19): the auditor reads the audit log and nothing else; the security administrator the accounts. */
	@Test
	void theAuditorSeesOnlyTheAuditLogAndTheSecurityAdministratorOnlyTheAccounts() {
		assertThat(Navigation.of(staff(Role.AUDITOR)))
			.isEqualTo(new Navigation(false, false, false, false, false, false, true, false, false));
		assertThat(Navigation.of(staff(Role.SECURITY_ADMIN)))
			.isEqualTo(new Navigation(false, false, false, false, false, true, false, false, true));
		assertThat(Navigation.of(new Staff(1, "auditor", new AgencyId(1), "demo-district", "/1/", Set.of(Role.AUDITOR))))
			.isEqualTo(new Navigation(false, false, false, false, false, false, true, false, false));
	}

	@Test
	void onlyThePlatformsAdministratorSeesTheJobs() {
		assertThat(Navigation.of(new Staff(1, "admin", new AgencyId(1), "demo-district", "/1/", Set.of(Role.ADMIN))))
			.isEqualTo(new Navigation(true, true, true, false, true, true, false, true, true));
	}

	private static Staff staff(Role... roles) {
		return new Staff(1, "someone", new AgencyId(2), "demo-bureau", "/1/2/", Set.of(roles));
	}

}
