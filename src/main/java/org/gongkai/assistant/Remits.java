package org.gongkai.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Which kind of department usually handles a common matter (assistant/remits.tsv: 居民身份证丢失补领 → 公安机关,
 * 医疗费用报销 → 医疗保障部门), so that a question about a matter the asked agency does not handle is declined with
 * where it belongs, instead of being answered from an item that only shares its words or its tone (民政局 asked
 * "身份证丢了怎么补办" answered from 老年人优待证办理, whose materials list the identity card).
 * <p>
 * Nothing is set per agency: an agency's own kinds of department are those most of whose matters its item names
 * cover ({@link #COVERED}, {@link #OWN}) and the one they cover the largest share of, read from its catalogue as
 * imported; a matter another kind of department
 * handles counts as this agency's too when one of its items covers it (a 人社局 that lists 门诊慢特病待遇认定). A
 * question belongs elsewhere when the matter closest to it in meaning is near it ({@link #NEAR}), is not the
 * agency's, and is closer to it, by {@link #LEAD}, than any of the agency's item names. Checked on the tuning parts of bench/assistant.
 */
final class Remits {

	/** The cosine from which an item name covers a matter (居民身份证补领 covers 居民身份证丢失补领). */
	static final double COVERED = 0.8;

	/** The share of a kind of department's matters an agency must cover for that kind to be its own. */
	static final double OWN = 0.5;

	/** How much closer than the agency's nearest item name a matter elsewhere must be. */
	static final double LEAD = 0.05;

	/**
	 * How close a matter must be to say the question is about it at all (今天天气怎么样 is nearest to 环境污染投诉, and is
	 * about neither); every question of the tuning parts this sent elsewhere from a wrong answer was 0.63 or closer.
	 */
	static final double NEAR = 0.6;

	/** A common matter and the kind of department that handles it, in Chinese and English. */
	record Matter(String department, String departmentEn, String name, float[] vector) {
	}

	/** What an agency subtree's item names cover: its own kinds of department and the matters its items cover. */
	private record Coverage(Set<String> departments, Set<String> matters, List<float[]> names) {
	}

	private final List<Matter> matters;

	private final Function<List<String>, List<float[]>> passages;

	/** The vectors of the item names seen, by name (bounded by the names the index holds). */
	private final Map<String, float[]> nameVectors = new ConcurrentHashMap<>();

	/** The coverage of each asked agency subtree for one state of the index ({@link #version}). */
	private final Map<String, Coverage> coverages = new ConcurrentHashMap<>();

	private volatile long version = Long.MIN_VALUE;

	/**
	 * @param lines the shipped table's lines: department, department in English, matter
	 * @param passages the sentence vectors of texts, as passages are embedded
	 */
	Remits(List<String[]> lines, Function<List<String>, List<float[]>> passages) {
		this.passages = passages;
		List<float[]> vectors = passages.apply(lines.stream().map(line -> line[2]).toList());
		List<Matter> all = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			all.add(new Matter(lines.get(i)[0], lines.get(i)[1], lines.get(i)[2], vectors.get(i)));
		}
		this.matters = List.copyOf(all);
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
	 * The matter a question belongs to when another kind of department handles it and the asked agency subtree does
	 * not.
	 * @param path the asked agency subtree
	 * @param indexVersion the index's version, which the coverage of {@code path} is read for
	 * @param itemNames the names of the items of the subtree in that version
	 * @param question the question's vector
	 */
	Optional<Matter> elsewhere(String path, long indexVersion, Collection<String> itemNames, float[] question) {
		if (itemNames.isEmpty()) {
			return Optional.empty();
		}
		if (indexVersion != version) {
			coverages.clear();
			version = indexVersion;
		}
		Coverage coverage = coverages.computeIfAbsent(path, p -> coverage(itemNames));
		Matter nearest = null;
		double best = -1;
		for (Matter matter : matters) {
			double cosine = cosine(question, matter.vector());
			if (cosine > best) {
				best = cosine;
				nearest = matter;
			}
		}
		if (nearest == null || best < NEAR || coverage.departments().contains(nearest.department())
				|| coverage.matters().contains(nearest.name())) {
			return Optional.empty();
		}
		double nearestName = coverage.names().stream().mapToDouble(name -> cosine(question, name)).max().orElse(-1);
		return best > nearestName + LEAD ? Optional.of(nearest) : Optional.empty();
	}

	private Coverage coverage(Collection<String> itemNames) {
		List<String> missing = itemNames.stream().filter(name -> !nameVectors.containsKey(name)).distinct().toList();
		List<float[]> embedded = passages.apply(missing);
		for (int i = 0; i < missing.size(); i++) {
			nameVectors.put(missing.get(i), embedded.get(i));
		}
		List<float[]> names = itemNames.stream().distinct().map(nameVectors::get).toList();
		Set<String> covered = new HashSet<>();
		Map<String, int[]> byDepartment = new HashMap<>();
		for (Matter matter : matters) {
			boolean isCovered = names.stream().anyMatch(name -> cosine(matter.vector(), name) >= COVERED);
			if (isCovered) {
				covered.add(matter.name());
			}
			int[] counts = byDepartment.computeIfAbsent(matter.department(), d -> new int[2]);
			counts[0] += isCovered ? 1 : 0;
			counts[1]++;
		}
		// the kinds most of whose matters the items cover, and the kind they cover the largest share of (a 市场监管局
		// that has imported three items so far is still a 市场监管局)
		double most = byDepartment.values().stream().mapToDouble(c -> (double) c[0] / c[1]).max().orElse(0);
		Set<String> own = new HashSet<>();
		byDepartment.forEach((department, counts) -> {
			double share = (double) counts[0] / counts[1];
			if (share >= OWN || share > 0 && share == most) {
				own.add(department);
			}
		});
		return new Coverage(own, covered, names);
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
