package org.gongkai.assistant;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.assistant.Chunk.Kind;
import org.gongkai.assistant.Chunk.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Cuts sources into passages: a service item into its sections (one per FAQ pair), a document into its paragraphs,
 * short paragraphs merged up to {@link #PARAGRAPH_TARGET} characters and long ones split at sentence ends.
 */
final class Chunking {

	static final int PARAGRAPH_TARGET = 300;

	/** The HTML elements whose text is a paragraph. */
	private static final String BLOCKS = "p, li, h1, h2, h3, h4, td, blockquote";

	/** How a service item's source key begins. */
	private static final String ITEM = "item:";

	private Chunking() {
	}

	static String itemKey(String agencyCode, String code) {
		return ITEM + agencyCode + ":" + code;
	}

	/** The agency code and the item code of a service item's key; none for a document's key (or none). */
	static String[] itemOf(String key) {
		if (key == null || !key.startsWith(ITEM)) {
			return null;
		}
		String[] parts = key.substring(ITEM.length()).split(":", 2);
		return parts.length == 2 ? parts : null;
	}

	static String documentKey(long id) {
		return "document:" + id;
	}

	static List<Chunk> of(ServiceGuide guide) {
		ServiceItem item = guide.item();
		String facts = "办理时限：" + item.timeLimit() + "；收费：" + item.fee();
		List<Chunk> chunks = new ArrayList<>();
		String key = itemKey(guide.agencyCode(), item.code());
		java.util.function.BiConsumer<Section, String> add = (section, text) -> chunks.add(new Chunk(key, Kind.ITEM,
				item.code(), guide.agencyCode(), guide.agencyPath(), item.name(), section, text, guide.url(), facts));
		add.accept(Section.OVERVIEW, item.name() + "，由" + item.department() + "办理。设定依据：" + item.basis());
		add.accept(Section.CONDITIONS, item.conditions());
		add.accept(Section.MATERIALS, String.join("\n", item.materials()));
		add.accept(Section.PROCESS, item.process());
		add.accept(Section.TIME_AND_FEE, facts);
		add.accept(Section.WHERE, "办理地点：" + item.location() + "；办理时间：" + item.hours() + "；咨询电话：" + item.phone());
		item.faq().forEach(faq -> add.accept(Section.FAQ, "问：" + faq.q() + "\n答：" + faq.a()));
		if (!item.aliases().isEmpty()) {
			add.accept(Section.ALIASES, String.join("\n", item.aliases()));
		}
		return chunks;
	}

	/**
	 * The paragraphs of a document's body (sanitised HTML), with its title; {@code guide}: the document is the
	 * agency's disclosure guide ({@link Kind#GUIDE}).
	 */
	static List<Chunk> of(long id, String agencyCode, String agencyPath, String title, String bodyHtml, String url,
			boolean guide) {
		Kind kind = guide ? Kind.GUIDE : Kind.DOCUMENT;
		List<String> paragraphs = new ArrayList<>();
		var body = Jsoup.parseBodyFragment(bodyHtml == null ? "" : bodyHtml).body();
		var blocks = body.select(BLOCKS);
		if (blocks.isEmpty()) {
			body.wholeText().lines().forEach(paragraphs::add);
		}
		else {
			blocks.stream().filter(e -> e.children().select(BLOCKS).isEmpty()).map(Element::text).forEach(paragraphs::add);
		}
		List<Chunk> chunks = new ArrayList<>();
		String key = documentKey(id);
		for (String text : merge(paragraphs)) {
			chunks.add(new Chunk(key, kind, Long.toString(id), agencyCode, agencyPath, title, Section.PARAGRAPH, text,
					url, null));
		}
		if (chunks.isEmpty()) {
			chunks.add(new Chunk(key, kind, Long.toString(id), agencyCode, agencyPath, title, Section.PARAGRAPH, title,
					url, null));
		}
		return chunks;
	}

	/** Joins short paragraphs and splits long ones so that passages are about {@link #PARAGRAPH_TARGET} long. */
	static List<String> merge(List<String> paragraphs) {
		List<String> out = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String raw : paragraphs) {
			String paragraph = raw.strip();
			if (paragraph.isEmpty()) {
				continue;
			}
			for (String piece : split(paragraph)) {
				if (current.length() > 0 && current.length() + piece.length() > PARAGRAPH_TARGET) {
					out.add(current.toString());
					current.setLength(0);
				}
				current.append(current.length() > 0 ? "\n" : "").append(piece);
			}
		}
		if (current.length() > 0) {
			out.add(current.toString());
		}
		return out;
	}

	private static List<String> split(String paragraph) {
		if (paragraph.length() <= PARAGRAPH_TARGET) {
			return List.of(paragraph);
		}
		List<String> pieces = new ArrayList<>();
		StringBuilder piece = new StringBuilder();
		for (String sentence : paragraph.split("(?<=[。！？；])")) {
			if (piece.length() > 0 && piece.length() + sentence.length() > PARAGRAPH_TARGET) {
				pieces.add(piece.toString());
				piece.setLength(0);
			}
			piece.append(sentence);
		}
		if (piece.length() > 0) {
			pieces.add(piece.toString());
		}
		return pieces;
	}

}
