package org.gongkai.site;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.publishing.CatalogColumn;
import org.gongkai.publishing.PublishedDocument;

/**
 * The channels beside the portal (rules.md §4; glossary "Channel"): an Atom feed (RFC 4287) and a JSON Feed 1.1 per
 * column, which a province platform or a new-media account pulls, and the sitemap of the whole site.
 */
final class Feeds {

	private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

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
		StringBuilder json = new StringBuilder("{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n")
			.append("  \"title\": ").append(string(agency.name() + " - " + column.name())).append(",\n")
			.append("  \"home_page_url\": ").append(string(self + "index.html")).append(",\n")
			.append("  \"feed_url\": ").append(string(self + "feed.json")).append(",\n")
			.append("  \"items\": [");
		for (int i = 0; i < documents.size(); i++) {
			PublishedDocument document = documents.get(i);
			String url = baseUrl + "/site/" + document.path();
			json.append(i == 0 ? "\n" : ",\n")
				.append("    {\"id\": ").append(string(document.indexNumber()))
				.append(", \"url\": ").append(string(url))
				.append(", \"title\": ").append(string(document.title()))
				.append(", \"date_published\": ").append(string(time(document)))
				.append(", \"content_html\": ")
				.append(string(document.withdrawn() ? "<p>该信息已撤销：" + document.withdrawalReason() + "</p>"
						: document.bodyHtml()))
				.append("}");
		}
		return json.append(documents.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
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

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static String string(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : (text == null ? "" : text).toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> out.append(c < 0x20 ? "\\u%04x".formatted((int) c) : String.valueOf(c));
			}
		}
		return out.append('"').toString();
	}

}
