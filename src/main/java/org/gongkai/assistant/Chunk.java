package org.gongkai.assistant;

/**
 * A passage of the knowledge index: one section of a service item (its conditions, its materials, one FAQ pair…) or
 * one paragraph (or a few short ones) of a published document.
 *
 * @param sourceKey the source the passage belongs to, {@code item:<agency>:<code>} or {@code document:<id>}
 * @param ref the service item's code or the document's id
 * @param agencyPath the owning agency's path, for restricting answers to an agency and those below it
 * @param section what part of the source the passage is ({@link Section})
 * @param text the passage as it is shown; for materials one material a line
 * @param facts for service items, the time limit and fee stated with every answer; null for documents
 */
record Chunk(String sourceKey, Kind kind, String ref, String agencyCode, String agencyPath, String title,
		Section section, String text, String url, String facts) {

	enum Kind {

		ITEM, DOCUMENT,
		/**
		 * A document of the agency's 政府信息公开指南 column: it names the agency's own office, address and telephone
		 * (OGI art. 12), so it answers for that agency only, never for the agencies above it.
		 */
		GUIDE

	}

	/** The parts of a source a passage can be; items have all but the last, documents only paragraphs. */
	enum Section {

		OVERVIEW("事项概况"), CONDITIONS("申请条件"), MATERIALS("申请材料"), PROCESS("办理流程"), TIME_AND_FEE("办理时限和收费"),
		WHERE("办理地点和时间"), FAQ("常见问题"), ALIASES("常用说法"), PARAGRAPH("正文");

		final String label;

		Section(String label) {
			this.label = label;
		}

	}

	/** The text the passage is found by: its title and section label give a bare list of materials its meaning. */
	String searchable() {
		return title + " " + section.label + "：" + text;
	}

}
