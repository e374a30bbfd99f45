package org.gongkai.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploaded files' names as kept and shown (issue 22, item 16). */
class FileNamesTests {

	@Test
	void directionOverridesAndInvisibleCharactersAreTakenOut() {
		assertThat(FileNames.clean("报告\u202Efdp.exe")).isEqualTo("报告fdp.exe");
		assertThat(FileNames.clean("\u2066a\u2069\u200F\u200Eb\u200B.pdf")).isEqualTo("ab.pdf");
		assertThat(FileNames.clean("a\u0000b\tc\n.docx")).isEqualTo("abc.docx");
	}

	@Test
	void onlyTheLastSegmentOfAPathIsKept() {
		assertThat(FileNames.clean("C:\\Users\\张三\\申请.pdf")).isEqualTo("申请.pdf");
		assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.clean("..")).isEmpty();
		assertThat(FileNames.clean("\u202E")).isEmpty();
		assertThat(FileNames.clean(null)).isEmpty();
	}

	@Test
	void aLongNameIsCutKeepingItsExtension() {
		String cut = FileNames.clean("长".repeat(500) + ".xlsx");
		assertThat(cut).hasSize(FileNames.MAX_LENGTH).endsWith("长.xlsx");
	}

}
