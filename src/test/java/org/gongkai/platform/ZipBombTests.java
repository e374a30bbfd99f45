package org.gongkai.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Office file that inflates far beyond its size is not taken for Office (issue 22, item 15: such DOCX and XLSX
 * files were accepted, cost seconds of CPU each and were published), while an ordinary one still is.
 */
class ZipBombTests {

	private static final String CONTENT_TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

	/** A package with the parts of a Word file, and one more part of {@code zeros} bytes of padding. */
	private static byte[] docx(long zeros, String main) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(main));
			zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/media/padding.xml"));
			byte[] block = new byte[1024 * 1024];
			for (long written = 0; written < zeros; written += block.length) {
				zip.write(block, 0, (int) Math.min(block.length, zeros - written));
			}
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	@Test
	void aPackageInflatingAHundredTimesItsSizeIsNotOffice() throws IOException {
		byte[] bomb = docx(40L * 1024 * 1024, "word/document.xml");
		assertThat(bomb.length).isLessThan(1024 * 1024);
		assertThat(FileType.of("通知.docx", bomb)).isEmpty();
		byte[] workbookBomb = docx(40L * 1024 * 1024, "xl/workbook.xml");
		assertThat(FileType.of("预算表.xlsx", workbookBomb)).isEmpty();
	}

	@Test
	void aPackageInflatingBeyondTheCapIsNotOffice() throws IOException {
		byte[] huge = docx(FileType.MAX_INFLATED + 1, "word/document.xml");
		assertThat(FileType.of("通知.docx", huge)).isEmpty();
	}

	@Test
	void anOrdinaryPackageIsStillOffice() throws IOException {
		// compressible padding under the ratio threshold, as real documents with embedded XML have
		assertThat(FileType.of("通知.docx", docx(2L * 1024 * 1024, "word/document.xml"))).contains(FileType.DOCX);
		assertThat(FileType.of("预算表.xlsx", docx(0, "xl/workbook.xml"))).contains(FileType.XLSX);
	}

}
