package org.gongkai.publishing;

import java.nio.charset.StandardCharsets;

import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Attachments are recognised by their bytes; the name must agree. */
class AttachmentTypeTests {

	@Test
	void realFilesAreRecognised() {
		assertThat(AttachmentType.sniff("2025年部门预算.pdf", RealFiles.pdf())).isEqualTo(AttachmentType.PDF);
		assertThat(AttachmentType.sniff("预算说明.DOCX", RealFiles.docx())).isEqualTo(AttachmentType.DOCX);
		assertThat(AttachmentType.sniff("预算表.xlsx", RealFiles.xlsx())).isEqualTo(AttachmentType.XLSX);
		assertThat(AttachmentType.sniff("图解.png", RealFiles.png())).isEqualTo(AttachmentType.PNG);
		assertThat(AttachmentType.sniff("现场.jpeg", RealFiles.jpeg())).isEqualTo(AttachmentType.JPEG);
	}

	@Test
	void aFileWhoseContentDisagreesWithItsNameIsRefused() {
		assertThatThrownBy(() -> AttachmentType.sniff("预算表.pdf", RealFiles.xlsx())).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> AttachmentType.sniff("预算说明.xlsx", RealFiles.docx()))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void executablesScriptsAndPlainZipsAreRefused() {
		byte[] windowsExecutable = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		assertThatThrownBy(() -> AttachmentType.sniff("通知.pdf", windowsExecutable)).isInstanceOf(DomainException.class);
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> AttachmentType.sniff("通知.png", html)).isInstanceOf(DomainException.class);
		byte[] emptyZip = { 'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		assertThatThrownBy(() -> AttachmentType.sniff("预算表.xlsx", emptyZip)).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> AttachmentType.sniff("无扩展名", RealFiles.pdf())).isInstanceOf(DomainException.class);
	}

}
