package org.gongkai.publishing;

import java.util.Set;

import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyLevel;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.publishing.DocumentAction.*;

/** The actions a document's view offers: the table's, for the reader's roles in its agency, never to self-approve. */
class DocumentRolesTests {

	private static final AgencyInfo BUREAU = new AgencyInfo(new AgencyId(2), "demo-bureau", "示例区某局", null,
			AgencyLevel.BUREAU, "demo", "/1/2/");

	private static final AgencyInfo OTHER = new AgencyInfo(new AgencyId(3), "demo-finance", "示例区财政局", null,
			AgencyLevel.BUREAU, "demo", "/1/3/");

	private static Staff staff(String username, Role... roles) {
		return new Staff(7, username, BUREAU.id(), BUREAU.code(), BUREAU.path(), Set.of(roles));
	}

	@Test
	void editorsWriteAndSubmitReviewersDecide() {
		assertThat(DocumentRoles.allowed(DocumentStatus.DRAFT, "editor", staff("editor", Role.EDITOR), BUREAU))
			.containsExactly(EDIT, SUBMIT);
		assertThat(DocumentRoles.allowed(DocumentStatus.DRAFT, "editor", staff("reviewer", Role.REVIEWER), BUREAU))
			.isEmpty();
		assertThat(DocumentRoles.allowed(DocumentStatus.SUBMITTED, "editor", staff("reviewer", Role.REVIEWER),
				BUREAU))
			.containsExactlyInAnyOrder(REJECT, PUBLISH, SCHEDULE);
		assertThat(DocumentRoles.allowed(DocumentStatus.SUBMITTED, "editor", staff("editor", Role.EDITOR), BUREAU))
			.as("an editor takes a submission back").containsExactly(RECALL);
		assertThat(DocumentRoles.allowed(DocumentStatus.PUBLISHED, "editor",
				staff("both", Role.EDITOR, Role.REVIEWER), BUREAU))
			.containsExactlyInAnyOrder(EDIT, WITHDRAW);
	}

	@Test
	@DisplayName("OGI art. 17: 审核人不能审核自己撰写的信息 — the author is not offered the publication")
	void theAuthorIsNotOfferedThePublication() {
		assertThat(DocumentRoles.allowed(DocumentStatus.SUBMITTED, "both", staff("both", Role.EDITOR, Role.REVIEWER),
				BUREAU))
			.as("sends back or, as its editor, takes it back; never publishes it")
			.containsExactly(REJECT, RECALL);
	}

	@Test
	void nobodyMovesAScheduledDocumentLiveByHandNorActsForAnotherAgency() {
		assertThat(DocumentRoles.allowed(DocumentStatus.SCHEDULED, "editor", staff("reviewer", Role.REVIEWER),
				BUREAU))
			.containsExactly(UNSCHEDULE);
		assertThat(DocumentRoles.allowed(DocumentStatus.SUBMITTED, "editor",
				staff("reviewer", Role.EDITOR, Role.REVIEWER), OTHER))
			.isEmpty();
	}

}
