package org.gongkai.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

	/**
	 * Words that show which part of a service guide a question is about (材料 → the materials, 多久 → the time limit),
	 * so that part is quoted first whatever passage ranked first.
	 */
	private static final Map<Section, List<String>> ASKS_FOR = Map.of(Section.MATERIALS,
			List.of("材料", "带什么", "带啥", "带哪些", "准备什么", "准备哪些", "准备啥", "证件"), Section.TIME_AND_FEE,
			List.of("多久", "几天", "多长时间", "时限", "多少天", "收费", "费用", "多少钱", "要钱", "交钱", "免费", "花钱"),
			Section.WHERE, List.of("在哪", "哪里办", "去哪", "地址", "地点", "电话", "几点", "上班时间", "窗口"),
			Section.CONDITIONS, List.of("条件", "资格", "符合"), Section.PROCESS, List.of("流程", "步骤", "程序"));

	/** The part of a guide the question asks for, if its words say so. */
	static Optional<Section> asked(String question) {
		return ASKS_FOR.entrySet()
			.stream()
			.filter(e -> e.getValue().stream().anyMatch(question::contains))
			.map(Map.Entry::getKey)
			.sorted()
			.findFirst();
	}

	/** The answer to {@code question} from the source's passages (those found first, then the rest). */
	static String of(Candidate found, String question) {
		Optional<Section> wanted = found.best().kind() == Chunk.Kind.ITEM ? asked(question) : Optional.empty();
		List<Chunk> ordered = new ArrayList<>(found.passages());
		wanted.flatMap(section -> ordered.stream().filter(p -> p.section() == section).findFirst()).ifPresent(p -> {
			ordered.remove(p);
			ordered.add(0, p);
		});
		return of(new Candidate(found.sourceKey(), ordered, found.fused(), found.cosine(), found.bm25()));
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
			if (passage.section() == Section.ALIASES || passage.section() != Section.FAQ
					&& passage.section() != Section.PARAGRAPH && shown.contains(passage.section())) {
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
