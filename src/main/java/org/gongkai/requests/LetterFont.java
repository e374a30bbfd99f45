package org.gongkai.requests;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The serif (宋体-like) CJK face official letters are set in, when the system has one that the PDF renderer can
 * embed: PDFBox subsets TrueType-outline fonts only, so a candidate is used when its (first) face has a {@code glyf}
 * table. Debian's Noto Serif CJK ({@code fonts-noto-cjk}) has CFF outlines and is passed over for that reason (PDFBox
 * 3.0 fails with "OTF fonts do not have a glyf table" when it subsets one); AR PL UMing ({@code fonts-arphic-uming})
 * and AR PL SungtiL GB ({@code fonts-arphic-gbsn00lp}) are TrueType and are used. Without one, letters keep the
 * bundled Droid Sans Fallback.
 */
final class LetterFont {

	/** Where Debian installs the serif CJK faces, in order of preference. */
	static final List<File> DEBIAN_SERIF_CJK = List.of(
			new File("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"),
			new File("/usr/share/fonts/truetype/arphic/uming.ttc"),
			new File("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"));

	private LetterFont() {
	}

	/** The first candidate that exists and has TrueType outlines. */
	static Optional<File> serif(List<File> candidates) {
		return candidates.stream().filter(File::canRead).filter(LetterFont::hasTrueTypeOutlines).findFirst();
	}

	static boolean hasTrueTypeOutlines(File file) {
		try {
			if (file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
				AtomicBoolean glyf = new AtomicBoolean();
				try (TrueTypeCollection collection = new TrueTypeCollection(file)) {
					collection.processAllFonts(font -> glyf.compareAndSet(false, hasGlyf(font)));
				}
				return glyf.get();
			}
			try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file))) {
				return hasGlyf(font);
			}
		}
		catch (IOException | RuntimeException e) {
			return false;
		}
	}

	private static boolean hasGlyf(TrueTypeFont font) {
		return font.getTableMap().containsKey("glyf");
	}

}
