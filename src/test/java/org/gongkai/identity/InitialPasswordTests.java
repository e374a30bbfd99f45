package org.gongkai.identity;

import java.nio.file.Path;

import org.gongkai.platform.GongkaiProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 三员分立: each separated administrator starts with a password of its own. One the operator did not set is generated
 * for that account alone and must be changed at the first login; setting only admin's does not hand it to the others.
 */
class InitialPasswordTests {

	private static InitialPassword with(String admin, String securityAdmin, String auditor) {
		return new InitialPassword(
				new GongkaiProperties(Path.of("data"), false, admin, securityAdmin, auditor, null, null));
	}

	@Test
	void settingOnlyTheSystemAdministratorsPasswordGivesTheOtherTwoGeneratedOnesOfTheirOwn() {
		InitialPassword passwords = with("Operator-Chosen-2026", null, " ");

		assertThat(passwords.of("admin")).isEqualTo(new InitialPassword.Initial("Operator-Chosen-2026", false));
		InitialPassword.Initial securityAdmin = passwords.of("secadmin");
		InitialPassword.Initial auditor = passwords.of("auditor");
		assertThat(securityAdmin.generated()).isTrue();
		assertThat(auditor.generated()).isTrue();
		assertThat(securityAdmin.password()).hasSize(15).isNotEqualTo(auditor.password())
			.isNotEqualTo("Operator-Chosen-2026");
		assertThat(passwords.of("secadmin")).as("generated once, then kept").isEqualTo(securityAdmin);
		assertThat(passwords.generated()).as("the demo staff share admin's chosen password").isFalse();
	}

	@Test
	void withNothingSetEachAdministratorGetsADifferentGeneratedPasswordToChange() {
		InitialPassword passwords = with(null, null, null);

		assertThat(passwords.of("admin").generated()).isTrue();
		assertThat(passwords.value()).isEqualTo(passwords.of("admin").password());
		assertThat(passwords.generated()).isTrue();
		assertThat(passwords.of("admin").password()).isNotEqualTo(passwords.of("secadmin").password())
			.isNotEqualTo(passwords.of("auditor").password());
	}

	@Test
	void passwordsTheOperatorSetForEachAreKeptAndNeedNoChange() {
		InitialPassword passwords = with("Admin-Chosen-2026", "Security-Chosen-2026", "Audit-Chosen-2026");

		assertThat(passwords.of("secadmin")).isEqualTo(new InitialPassword.Initial("Security-Chosen-2026", false));
		assertThat(passwords.of("auditor")).isEqualTo(new InitialPassword.Initial("Audit-Chosen-2026", false));
	}

	@Test
	void onlyTheThreeAdministratorsHaveAnInitialPassword() {
		assertThatThrownBy(() -> with(null, null, null).of("editor")).isInstanceOf(IllegalArgumentException.class);
	}

}
