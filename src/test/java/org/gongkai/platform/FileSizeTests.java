package org.gongkai.platform;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileSizeTests {

	@Test
	void kilobytesBelowAMegabyteAndMegabytesWithOneDecimalAbove() {
		assertThat(FileSize.forPeople(13)).isEqualTo("1 KB");
		assertThat(FileSize.forPeople(1536)).isEqualTo("1 KB");
		assertThat(FileSize.forPeople(1024 * 1024 - 1)).isEqualTo("1023 KB");
		assertThat(FileSize.forPeople(1024 * 1024)).isEqualTo("1.0 MB");
		assertThat(FileSize.forPeople(3 * 1024 * 1024 / 2)).isEqualTo("1.5 MB");
	}

	@Test
	void theDecimalPointIsAPointInEveryLocale() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.GERMANY);
			assertThat(FileSize.forPeople(5 * 1024 * 1024 + 300 * 1024)).isEqualTo("5.3 MB");
		}
		finally {
			Locale.setDefault(before);
		}
	}

}
