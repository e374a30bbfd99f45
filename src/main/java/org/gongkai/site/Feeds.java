package org.gongkai.site;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.publishing.CatalogColumn;
import org.gongkai.publishing.PublishedDocument;
import org.jsoup.nodes.Entities;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The channels beside the portal (rules.md §4; glossary "Channel"): an Atom feed (RFC 4287) and a JSON Feed 1.1 per
 * column, which a province platform or a new-media account pulls, and the sitemap of the whole site.
 */
final class Feeds {

	private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private Feeds() {
	}

	static String atom(String baseUrl, AgencyInfo agency, CatalogColumn column, List<PublishedDocument> documents) {
		String self = baseUrl + "/site/" + agency.code() + "/" + column.code() + "/";
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
			.append("  <id>").append(xml(self)).append("</id>\n")
			.append("  <title>").append(xml(agency.name() + " - " + column.name())).append("</title>\n")
			.append("  <link rel=\"self\" href=\"").append(xml(self + "feed.atom")).append("\"/>\n")
			.append("  <link rel=\"alternate\" href=\"").append(xml(self + "index.html")).append("\"/>\n")
			.append("  <author><name>").append(xml(agency.name())).append("</name></author>\n")
			.append("  <updated>")
			.append(documents.isEmpty() ? "1970-01-01T00:00:00Z" : time(documents.get(0)))
			.append("</updated>\n");
		for (PublishedDocument document : documents) {
			String url = baseUrl + "/site/" + document.path();
			xml.append("  <entry>\n")
				.append("    <id>").append(xml(url)).append("</id>\n")
				.append("    <title>").append(xml(document.title())).append("</title>\n")
				.append("    <link href=\"").append(xml(url)).append("\"/>\n")
				.append("    <updated>").append(time(document)).append("</updated>\n")
				.append("    <summary>")
				.append(xml(document.withdrawn() ? "该信息已撤销：" + document.withdrawalReason()
						: document.summary() == null ? document.title() : document.summary()))
				.append("</summary>\n")
				.append("  </entry>\n");
		}
		return xml.append("</feed>\n").toString();
	}

	static String json(String baseUrl, AgencyInfo agency, CatalogColumn column, List<PublishedDocument> documents) {
		String self = baseUrl + "/site/" + agency.code() + "/" + column.code() + "/";
		Map<String, Object> feed = new LinkedHashMap<>();
		feed.put("version", "https://jsonfeed.org/version/1.1");
		feed.put("title", agency.name() + " - " + column.name());
		feed.put("home_page_url", self + "index.html");
		feed.put("feed_url", self + "feed.json");
		feed.put("items", documents.stream().map(document -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", document.indexNumber());
			item.put("url", baseUrl + "/site/" + document.path());
			item.put("title", document.title());
			item.put("date_published", time(document));
			item.put("content_html", document.withdrawn()
					? "<p>该信息已撤销：" + Entities.escape(document.withdrawalReason()) + "</p>"
					: document.bodyHtml());
			return item;
		}).toList());
		return JSON.writeValueAsString(feed) + "\n";
	}

	static String sitemap(String baseUrl, Collection<String> htmlPaths) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		htmlPaths.forEach(path -> xml.append("  <url><loc>").append(xml(baseUrl + "/site/" + path)).append("</loc></url>\n"));
		return xml.append("</urlset>\n").toString();
	}

	/** The root sitemap: an index of the agencies' sitemaps (each at most {@link AgencyFiles#SITEMAP_URLS} URLs). */
	static String sitemapIndex(String baseUrl, Collection<String> sitemapPaths) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		sitemapPaths.forEach(path -> xml.append("  <sitemap><loc>").append(xml(baseUrl + "/site/" + path)).append("</loc></sitemap>\n"));
		return xml.append("</sitemapindex>\n").toString();
	}

	private static String time(PublishedDocument document) {
		return RFC3339.format(document.publishedAt().atOffset(ZoneOffset.ofHours(8)));
	}

	/**
	 * Text escaped for XML, without the characters XML 1.0 forbids (§2.2: controls other than tab and line breaks,
	 * unpaired surrogates, U+FFFE and U+FFFF), which text pasted from a word processor can carry and which would make
	 * the whole feed unreadable.
	 */
	static String xml(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				out.append(c).append(text.charAt(++i));
			}
			else if (allowedInXml(c)) {
				switch (c) {
					case '&' -> out.append("&amp;");
					case '<' -> out.append("&lt;");
					case '>' -> out.append("&gt;");
					case '"' -> out.append("&quot;");
					default -> out.append(c);
				}
			}
		}
		return out.toString();
	}

	private static boolean allowedInXml(char c) {
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
	}

}
