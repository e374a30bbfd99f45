package org.gongkai.channels.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The QR code on the hall's pages reads back as the online address, decoded from the SVG's own modules. */
class QrCodeTests {

	private static final Pattern SIZE = Pattern.compile("viewBox=\"0 0 (\\d+) ");

	private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");

	@Test
	void theSvgReadsBackAsTheAddress() throws Exception {
		String url = "https://gongkai.example.gov.cn/site/demo-bureau/documents/12.html";
		String svg = QrCode.svg(url);
		Matcher size = SIZE.matcher(svg);
		assertThat(size.find()).isTrue();
		int margin = 4;
		int inner = Integer.parseInt(size.group(1)) - 2 * margin;
		BitMatrix modules = new BitMatrix(inner);
		Matcher module = MODULE.matcher(svg);
		while (module.find()) {
			int x = Integer.parseInt(module.group(1)) - margin;
			int y = Integer.parseInt(module.group(2)) - margin;
			assertThat(x).as("no module in the quiet zone").isBetween(0, inner - 1);
			modules.set(x, y);
		}
		assertThat(new Decoder().decode(modules).getText()).isEqualTo(url);
	}

}
