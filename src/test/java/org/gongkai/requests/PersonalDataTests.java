package org.gongkai.requests;

import java.nio.file.Path;

import org.gongkai.platform.Crypto;
import org.gongkai.platform.GongkaiProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Identity and phone numbers sealed at rest and masked on screen (architecture.md §5). */
class PersonalDataTests {

	private static final Crypto STANDARD = new Crypto(Crypto.Suite.STANDARD);

	@TempDir
	Path dataDir;

	@Test
	void sealsWithAKeyKeptInTheDataDirectory() {
		PersonalData first = new PersonalData(new GongkaiProperties(dataDir, null, null), "", STANDARD);
		String sealed = first.seal("11010519491231002X");
		assertThat(sealed).startsWith("v1:").doesNotContain("11010519491231002X");
		assertThat(first.seal("11010519491231002X")).as("a fresh IV each time").isNotEqualTo(sealed);
		PersonalData afterRestart = new PersonalData(new GongkaiProperties(dataDir, null, null), "", STANDARD);
		assertThat(afterRestart.open(sealed)).isEqualTo("11010519491231002X");
		assertThat(dataDir.resolve("keys/personal-data.key")).exists();
	}

	@Test
	void masksForDisplay() {
		assertThat(PersonalData.mask("11010519491231002X")).isEqualTo("1101**********002X");
		assertThat(PersonalData.mask("13800138000")).isEqualTo("138*****000");
		assertThat(PersonalData.mask(null)).isEmpty();
	}

}
