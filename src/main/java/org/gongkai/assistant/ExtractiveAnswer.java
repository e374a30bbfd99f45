package org.gongkai.assistant;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.assistant.Chunk.Section;
import org.gongkai.assistant.Retrieval.Candidate;

/**
 * The answer without a language model: the best passages of the best source, quoted, formatted for reading —
 * materials as a list, the time limit and fee always stated for a service item — and the source named.
 */
final class ExtractiveAnswer {

	/** Passages of the best source quoted at most. */
	static final int PASSAGES = 2;

	private ExtractiveAnswer() {
	}

	static String of(Candidate source) {
		Chunk first = source.best();
		StringBuilder answer = new StringBuilder();
		if (first.kind() == Chunk.Kind.ITEM) {
			answer.append("关于“").append(first.title()).append("”：\n");
		}
		else {
			answer.append("根据《").append(first.title()).append("》：\n");
		}
		List<Section> shown = new ArrayList<>();
		for (Chunk passage : source.passages()) {
			if (shown.size() == PASSAGES) {
				break;
			}
			if (passage.section() != Section.FAQ && passage.section() != Section.PARAGRAPH
					&& shown.contains(passage.section())) {
				continue;
			}
			shown.add(passage.section());
			answer.append(format(passage)).append('\n');
		}
		if (first.kind() == Chunk.Kind.ITEM && !shown.contains(Section.TIME_AND_FEE)) {
			answer.append(first.facts()).append('\n');
		}
		answer.append(first.kind() == Chunk.Kind.ITEM ? "详见办事指南：" : "详见原文：").append(first.title());
		return answer.toString();
	}

	static String format(Chunk passage) {
		return switch (passage.section()) {
			case MATERIALS -> passage.section().label + "：\n"
					+ String.join("\n", passage.text().lines().map(line -> "• " + line).toList());
			case FAQ, PARAGRAPH, TIME_AND_FEE, WHERE -> passage.text();
			default -> passage.section().label + "：" + passage.text();
		};
	}

}
