package org.gongkai.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Which kind of department usually handles a common service item (assistant/remits.tsv: 居民身份证丢失补领 →
 * 公安机关, 医疗费用报销 → 医疗保障部门), so that a question about something the asked agency does not handle is
 * declined with where it belongs, instead of being answered from an item that only shares its words or its tone (a
 * 民政局 asked 身份证丢了怎么补办 answered from 老年人优待证办理, whose materials list the identity card).
 * <p>
 * Nothing is set per agency. An agency's own kinds of department are read from its item names and aliases: a kind at
 * least half of whose items in the table they cover ({@link #COVERED}, {@link #OWN}), the kind they cover the
 * largest share of (a 市场监管局 that has imported three items so far is still one), and the kind they cover the most
 * items of (a 住建局 whose catalogue lists a third of the table's many 住建 matters, where a kind of two matters
 * has one covered by chance); an item of the table that another kind handles is the agency's too when one of its own
 * items covers it (a 人社局 that lists 门诊慢特病待遇认定). A question belongs elsewhere when the table's item nearest to
 * it in meaning is near ({@link #NEAR}), is not the agency's, is closer to it, by {@link #LEAD}, than any of the
 * agency's item names, and is at least as close to it as the agency's closest passage. It is about an unlisted matter
 * ({@link #unlisted}) when that item, of any kind, is clearly close ({@link #CLEAR}), closer by {@link #LEAD} than the
 * agency's closest passage, and covered by none of its items: a catalogue never lists all its own kind's matters.
 * Checked on the tuning parts of bench/assistant.
 */
final class Remits {

	/** The cosine from which an item name covers an item of the table (居民身份证补领 covers 居民身份证丢失补领). */
	static final double COVERED = 0.8;

	/** The share of a kind of department's items an agency must cover for that kind to be its own. */
	static final double OWN = 0.5;

	/**
	 * How much closer than the agency's nearest item name an item elsewhere must be: the smallest lead that sent no
	 * answerable question of the tuning parts elsewhere.
	 */
	static final double LEAD = 0.05;

	/**
	 * How close an item of the table must be to say the question is about it at all (今天天气怎么样 is nearest to
	 * 环境污染投诉, and is about neither); every question of the tuning parts this sent elsewhere from a wrong answer was
	 * 0.63 or closer.
	 */
	static final double NEAR = 0.6;

	/**
	 * How close an item of the table no item of the agency covers must be to say the question is about it and not
	 * about one of the agency's items ({@link #unlisted}). Checked on the six tuning parts of bench/assistant: from
	 * 0.7, ahead of the closest passage by {@link #LEAD}, it turned nine answers to questions no item answers into
	 * declines, and one answerable question.
	 */
	static final double CLEAR = 0.7;

	/** A kind of department, in Chinese and English, and one service item it usually handles. */
	record Remit(String department, String departmentEn, String item, float[] vector) {

		/** The kind of department in the asker's language: Chinese but for English. */
		String department(java.util.Locale locale) {
			return locale != null && "en".equals(locale.getLanguage()) ? departmentEn : department;
		}

	}

	/** What one agency subtree's item names cover, for the names it was read from. */
	private record Coverage(List<String> itemNames, List<float[]> vectors, Set<String> departments, Set<String> items) {
	}

	private final List<Remit> remits;

	private final Function<List<String>, List<float[]>> passages;

	/** The coverage of each agency subtree asked, replaced when its item names change. */
	private final Map<String, Coverage> coverages = new ConcurrentHashMap<>();

	/**
	 * The vectors of the item names read so far, kept by the tables that staff's changes make of this one ({@link #with}),
	 * so that a change costs no question the embedding of every name again.
	 */
	private final Map<String, float[]> names;

	/**
	 * @param lines the table's lines: department, department in English, service item
	 * @param passages the sentence vectors of texts, as passages are embedded
	 */
	Remits(List<String[]> lines, Function<List<String>, List<float[]>> passages) {
		this(lines, passages, new HashMap<>(), new ConcurrentHashMap<>());
	}

	private Remits(List<String[]> lines, Function<List<String>, List<float[]>> passages, Map<String, float[]> items,
			Map<String, float[]> names) {
		this.passages = passages;
		this.names = names;
		embedMissing(lines.stream().map(line -> line[2]).toList(), items);
		this.remits = lines.stream().map(line -> new Remit(line[0], line[1], line[2], items.get(line[2]))).toList();
	}

	/**
	 * The table of these lines, with the vectors of the items this one already has (a row staff added, or removed)
	 * and of the item names it has read.
	 */
	Remits with(List<String[]> lines) {
		Map<String, float[]> items = new HashMap<>();
		remits.forEach(remit -> items.put(remit.item(), remit.vector()));
		return new Remits(lines, passages, items, names);
	}

	/** Embeds the texts {@code vectors} does not hold yet, into it. */
	private void embedMissing(List<String> texts, Map<String, float[]> vectors) {
		List<String> missing = texts.stream().filter(text -> !vectors.containsKey(text)).distinct().toList();
		List<float[]> embedded = passages.apply(missing);
		for (int i = 0; i < missing.size(); i++) {
			vectors.put(missing.get(i), embedded.get(i));
		}
	}

	/** The shipped table, assistant/remits.tsv. */
	static List<String[]> shipped() {
		try (InputStream in = Remits.class.getResourceAsStream("/assistant/remits.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.startsWith("#") && !line.isBlank())
				.map(line -> line.split("\t"))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The table's item a question is about when another kind of department handles it and the asked agency subtree
	 * does not, and it is at least as close to the question as the subtree's closest passage: a guide of the agency
	 * that speaks to the question more closely than the item's name (教资笔试面试都过了，下一步证咋领 asked of a 教育局,
	 * near the exam authority's 教师资格考试笔试报名) is the agency's own answer.
	 * @param path the asked agency subtree
	 * @param itemNames the names (and aliases) of the subtree's items, as the index holds them now
	 * @param question the question's vector
	 * @param closestPassage the cosine similarity of the subtree's passage (of a guide or a published document) closest
	 * to the question
	 */
	Optional<Remit> elsewhere(String path, List<String> itemNames, float[] question, double closestPassage) {
		return uncovered(path, itemNames, question, question, Math.max(NEAR, closestPassage), true);
	}

	/**
	 * {@link #elsewhere(String, List, float[], double)} for the question without the agency's own words
	 * ({@link OwnWords}): the table's item nearest to that, held against the item names and the closest passage as
	 * the whole question is near them.
	 * @param plain the vector of the question without the agency's own words
	 * @param question the whole question's vector
	 */
	Optional<Remit> elsewhere(String path, List<String> itemNames, float[] plain, float[] question,
			double closestPassage) {
		return uncovered(path, itemNames, plain, question, Math.max(NEAR, closestPassage), true);
	}

	/**
	 * The table's item a question is clearly about when none of the asked subtree's items covers it, whichever kind
	 * of department handles it: at least {@link #CLEAR} close to the question, and closer by {@link #LEAD} than the
	 * subtree's closest passage and than its item names and aliases. A catalogue never lists all its kind's matters,
	 * and the table knows some it leaves out (工程监理企业资质 asked of a 住建局 that lists 建筑业企业资质 only;
	 * 民办学校年度检查 asked of a 教育局 that lists 民办学校设立、变更、终止).
	 * @param path the asked agency subtree
	 * @param itemNames the names (and aliases) of the subtree's items, as the index holds them now
	 * @param question the question's vector
	 * @param closestPassage the cosine similarity of the subtree's passage closest to the question
	 */
	Optional<Remit> unlisted(String path, List<String> itemNames, float[] question, double closestPassage) {
		return uncovered(path, itemNames, question, question, Math.max(CLEAR, closestPassage + LEAD), false);
	}

	/**
	 * The table's item nearest to {@code looked} when it is at least {@code least} close to it, covered by none of the
	 * subtree's items, closer by {@link #LEAD} than all their names and aliases are to the question, and, when
	 * {@code otherKind}, of a kind of department that is not the subtree's.
	 */
	private Optional<Remit> uncovered(String path, List<String> itemNames, float[] looked, float[] question,
			double least, boolean otherKind) {
		if (itemNames.isEmpty() || remits.isEmpty()) {
			return Optional.empty();
		}
		Coverage coverage = coverage(path, itemNames);
		Remit nearest = nearest(looked);
		double best = cosine(looked, nearest.vector());
		if (best < least || coverage.items().contains(nearest.item())
				|| otherKind && coverage.departments().contains(nearest.department())) {
			return Optional.empty();
		}
		double nearestName = coverage.vectors().stream().mapToDouble(name -> cosine(question, name)).max().orElse(-1);
		return best > nearestName + LEAD ? Optional.of(nearest) : Optional.empty();
	}

	/** Whether the subtree's items make this kind of department one of its own (see the class's comment). */
	boolean handles(String path, List<String> itemNames, String department) {
		return !itemNames.isEmpty() && coverage(path, itemNames).departments().contains(department);
	}

	/** The table's item nearest to the question in meaning; the table is not empty. */
	private Remit nearest(float[] question) {
		Remit nearest = remits.get(0);
		double best = -1;
		for (Remit remit : remits) {
			double cosine = cosine(question, remit.vector());
			if (cosine > best) {
				best = cosine;
				nearest = remit;
			}
		}
		return nearest;
	}

	/**
	 * The subtree's coverage for these names: the one kept when they are the names it was read from, else read again
	 * (embedding only the names no table has read before) and kept in its place.
	 */
	private Coverage coverage(String path, List<String> itemNames) {
		Coverage kept = coverages.get(path);
		if (kept != null && kept.itemNames().equals(itemNames)) {
			return kept;
		}
		embedMissing(itemNames, names);
		List<float[]> vectors = itemNames.stream().map(names::get).toList();
		Set<String> covered = new HashSet<>();
		Map<String, int[]> byDepartment = new HashMap<>();
		for (Remit remit : remits) {
			boolean isCovered = vectors.stream().anyMatch(name -> cosine(remit.vector(), name) >= COVERED);
			if (isCovered) {
				covered.add(remit.item());
			}
			int[] counts = byDepartment.computeIfAbsent(remit.department(), d -> new int[2]);
			counts[0] += isCovered ? 1 : 0;
			counts[1]++;
		}
		double most = byDepartment.values().stream().mapToDouble(c -> (double) c[0] / c[1]).max().orElse(0);
		int mostItems = byDepartment.values().stream().mapToInt(c -> c[0]).max().orElse(0);
		Set<String> own = new HashSet<>();
		byDepartment.forEach((department, counts) -> {
			double share = (double) counts[0] / counts[1];
			if (share >= OWN || share > 0 && share == most || counts[0] > 0 && counts[0] == mostItems) {
				own.add(department);
			}
		});
		Coverage coverage = new Coverage(List.copyOf(itemNames), vectors, Set.copyOf(own), Set.copyOf(covered));
		coverages.put(path, coverage);
		return coverage;
	}

	static double cosine(float[] a, float[] b) {
		double dot = 0;
		double na = 0;
		double nb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			na += a[i] * a[i];
			nb += b[i] * b[i];
		}
		return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
	}

}
