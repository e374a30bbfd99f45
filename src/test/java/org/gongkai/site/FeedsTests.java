package org.gongkai.site;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyLevel;
import org.gongkai.publishing.CatalogColumn;
import org.gongkai.publishing.Freshness;
import org.gongkai.publishing.PublishedDocument;
import org.gongkai.publishing.Validity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A column's feeds stay readable whatever was pasted into a title: the Atom feed parses as XML although the title
 * carries control characters a word processor leaves behind, and the JSON feed is written by the JSON library.
 */
class FeedsTests {

	private static final AgencyInfo AGENCY = new AgencyInfo(new AgencyId(1), "demo-bureau", "示例区某局",
			"11429900MB0000101T", AgencyLevel.BUREAU, null, "/1/");

	private static final CatalogColumn COLUMN = new CatalogColumn(1, null, "notices", "通知公告", Freshness.NEWS, 0);

	/** A title as copied from Word: a vertical tab, a form feed, a stray surrogate, a quote and an ampersand. */
	private static final String PASTED = "关于\u000B做好“两节”期间\u000C安全生产&防火工作的\"通知\"\uD83D（第2号）";

	private static PublishedDocument document(String title, boolean withdrawn, String reason) {
		return new PublishedDocument(7, "demo-bureau", "示例区某局", "notices", "通知公告", "11429900MB0000101T/2026-00007",
				title, "<p>正文</p>", null, "示例区某局", null, LocalDate.of(2026, 12, 4),
				Instant.parse("2026-12-04T02:00:00Z"), Validity.VALID, withdrawn, reason, null, null, "安全生产", null,
				null, null, List.of("政府网站"));
	}

	@Test
	void anAtomFeedWithAPastedTitleStillParses() throws Exception {
		String atom = Feeds.atom("https://gk.example.gov.cn", AGENCY, COLUMN, List.of(document(PASTED, false, null)));
		Document parsed = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)));
		assertThat(parsed.getElementsByTagName("title").item(1).getTextContent()).as("the entry's title").isEqualTo("关于做好“两节”期间安全生产&防火工作的\"通知\"（第2号）");
		assertThat(Feeds.xml("😀 政务公开")).as("a paired surrogate is a real character").isEqualTo("😀 政务公开");
	}

	@Test
	void theJsonFeedIsWrittenByTheJsonLibraryAndEscapesAWithdrawalReason() throws Exception {
		String json = Feeds.json("https://gk.example.gov.cn", AGENCY, COLUMN,
				List.of(document(PASTED, false, null), document("旧通知", true, "<script>已废止</script>")));
		JsonNode feed = JsonMapper.shared().readTree(json);
		assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
		assertThat(feed.get("items").get(0).get("title").asString()).isEqualTo(PASTED);
		assertThat(feed.get("items").get(0).get("date_published").asString()).isEqualTo("2026-12-04T10:00:00+08:00");
		assertThat(feed.get("items").get(1).get("content_html").asString())
			.isEqualTo("<p>该信息已撤销：&lt;script&gt;已废止&lt;/script&gt;</p>");
	}

}
