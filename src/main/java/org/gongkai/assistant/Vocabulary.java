package org.gongkai.assistant;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The words the indexed sources and the dictionary use, for reading a question as its asker meant it: a typo of a
 * guide's term (居柱证, 社宝卡, 户口薄) is corrected to the term, and the question's words that an agency's sources
 * never use show a question outside that agency's remit (护照 asked of a bureau whose guides never mention it).
 */
final class Vocabulary {

	/**
	 * Characters that carry the grammar of a sentence (是, 的, 去, 要 …): a typo is a wrong content character, and a
	 * window whose odd character is one of these is a sentence, not a typo (还是补领 is no typo of 遗失补领). 不 and 没
	 * negate and 小, 大 size far more often than they are slips for 补 or 销 (单位不交社保, 开了家小公司), so 不办 is not
	 * corrected to 补办 either.
	 */
	private static final String GRAMMAR = "是的了不没在去要有和与小大我你他她它这那就都也还很把被给让对从向往为以吗呢吧啊么个能会可想";

	/** The longest term a typo is looked for in. */
	private static final int LONGEST = 4;

	/**
	 * The shortest: a pair of characters has too many homophone neighbours among the terms' pairs (过事 would be
	 * 过世, then 死亡), and no typo of either tuning part of bench/assistant needed one.
	 */
	private static final int SHORTEST = 3;

	/** The term with one of its characters blanked, to the terms written so ({@code 居?证 → 居住证}). */
	private final Map<String, List<String>> blanked = new HashMap<>();

	private final Set<String> terms = new HashSet<>();

	/** The names and dictionary terms whose windows are among the terms already. */
	private final Set<String> read = new HashSet<>();

	/** Every two characters that follow each other in some source or term: a window made of them is no typo. */
	private final Set<String> bigrams = new HashSet<>();

	/** The names of documents (证, 照, 卡, 簿) each agency's sources write, every ending of up to six characters. */
	private final Map<String, Set<String>> documentsByPath = new LinkedHashMap<>();

	/** The last characters of a document's name: 身份证, 护照, 社会保障卡, 户口簿. */
	static final String DOCUMENT_ENDS = "证照卡簿";

	/** Names of a kind of document that say which only with the word before them (卫生许可证, 医疗保险卡). */
	private static final Set<String> DOCUMENT_KINDS = Set.of("证", "照", "卡", "簿", "许可证", "证书", "证明", "证件", "执照");

	/** Characters that begin no document's name but an act on one or a word around it (办证, 补证, 上证, 的许可证). */
	private static final String NOT_A_NAME = "办换补领考拿开发申有的个张本新旧该此这那要想去和或与及上";

	/** The names of each agency's service items and the other names staff gave them (常用说法), by the agency's path. */
	private final Map<String, Set<String>> itemNamesByPath = new LinkedHashMap<>();

	/** The names of each agency's service items, without their aliases, by the agency's path. */
	private final Map<String, Set<String>> itemTitlesByPath = new LinkedHashMap<>();

	/** The analysed words of each agency's sources, by the agency's path. */
	private final Map<String, Set<String>> wordsByPath = new LinkedHashMap<>();

	/** A text's analysed words in their order, repeats kept: where a question's own words begin and end. */
	private final Function<String, List<String>> segmenter;

	/**
	 * @param words a text's analysed words in their order, repeats kept ({@link KnowledgeIndex#words})
	 */
	Vocabulary(Collection<Chunk> chunks, Collection<String> dictionaryTerms, Function<String, List<String>> words) {
		this.segmenter = words;
		for (Chunk chunk : chunks) {
			addBigrams(chunk.title());
			addBigrams(chunk.text());
			addTerm(chunk.title());
			if (chunk.section() == Chunk.Section.ALIASES) {
				chunk.text().lines().forEach(this::addTerm);
			}
			wordsByPath.computeIfAbsent(chunk.agencyPath(), p -> new HashSet<>())
				.addAll(words.apply(chunk.title() + " " + chunk.text()));
			if (chunk.kind() == Chunk.Kind.ITEM) {
				Set<String> names = itemNamesByPath.computeIfAbsent(chunk.agencyPath(), p -> new HashSet<>());
				names.add(chunk.title());
				itemTitlesByPath.computeIfAbsent(chunk.agencyPath(), p -> new HashSet<>()).add(chunk.title());
				if (chunk.section() == Chunk.Section.ALIASES) {
					chunk.text().lines().map(String::strip).filter(alias -> !alias.isEmpty()).forEach(names::add);
				}
			}
			Set<String> documents = documentsByPath.computeIfAbsent(chunk.agencyPath(), p -> new HashSet<>());
			addDocuments(documents, chunk.title());
			addDocuments(documents, chunk.text());
		}
		for (String term : dictionaryTerms) {
			addBigrams(term);
			addTerm(term);
		}
	}

	/**
	 * Adds the term's windows of two to four characters that begin and end where its words do: 机构登记 is a term of
	 * 培训机构登记, 构登记 is not (养狗登记 would become 养构登记).
	 */
	private void addTerm(String term) {
		String t = term.strip();
		if (!read.add(t)) {
			return;
		}
		boolean[] inside = inside(t);
		for (int length = 2; length <= Math.min(LONGEST, t.length()); length++) {
			for (int i = 0; i + length <= t.length(); i++) {
				if (inside[i] || inside[i + length]) {
					continue;
				}
				String word = t.substring(i, i + length);
				if (terms.add(word)) {
					for (int j = 0; j < length; j++) {
						blanked.computeIfAbsent(blank(word, j), k -> new java.util.ArrayList<>()).add(word);
					}
				}
			}
		}
	}

	private void addBigrams(String text) {
		for (int i = 0; i + 2 <= text.length(); i++) {
			bigrams.add(text.substring(i, i + 2));
		}
	}

	private static void addDocuments(Set<String> documents, String text) {
		for (int i = 1; i < text.length(); i++) {
			if (DOCUMENT_ENDS.indexOf(text.charAt(i)) >= 0) {
				for (int from = Math.max(0, i - 5); from < i; from++) {
					documents.add(text.substring(from, i + 1));
				}
			}
		}
	}

	/**
	 * The names of documents a question's words (in their order) speak of: a word ending in 证, 照, 卡 or 簿, with the
	 * word before it when it names only a kind (卫生 许可证, 保险 卡), unless that word is itself a document's name or an
	 * act on one (居住证 卡, 办 证).
	 */
	static List<String> documents(List<String> words) {
		List<String> names = new java.util.ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (word.isEmpty() || DOCUMENT_ENDS.indexOf(word.charAt(word.length() - 1)) < 0) {
				continue;
			}
			String before = i > 0 ? words.get(i - 1) : "";
			String name = word;
			if (DOCUMENT_KINDS.contains(word)) {
				boolean named = !before.isEmpty() && isHan(before)
						&& DOCUMENT_ENDS.indexOf(before.charAt(before.length() - 1)) < 0;
				name = named ? before + word : word;
			}
			if (name.length() >= 2 && NOT_A_NAME.indexOf(name.charAt(0)) < 0 && !DOCUMENT_KINDS.contains(name)) {
				names.add(name);
			}
		}
		return names;
	}

	/** Whether some source of the agency subtree at {@code path} writes the document's name. */
	boolean documentNamed(String path, String name) {
		return documentsByPath.entrySet().stream().anyMatch(e -> e.getKey().startsWith(path) && e.getValue().contains(name));
	}

	private static String blank(String word, int at) {
		return word.substring(0, at) + '?' + word.substring(at + 1);
	}

	/**
	 * The question with its typos of known terms corrected: a window that is no known term becomes the known term
	 * it differs from in one character, when that character sounds the same as the term's (柱 for 住) and forms a
	 * pair with its neighbour that no source writes. The window is three or four characters long, does not cut
	 * through a word of the question (要去市场 is no typo of 去世) and its odd character is no grammar (还是补领 is no
	 * typo of 遗失补领).
	 */
	String correct(String question) {
		StringBuilder out = new StringBuilder(question);
		boolean[] inside = inside(question);
		for (int length = LONGEST; length >= SHORTEST; length--) {
			for (int i = 0; i + length <= out.length(); i++) {
				String window = out.substring(i, i + length);
				if (terms.contains(window) || !isHan(window) || inside[i] || inside[i + length]) {
					continue;
				}
				String fix = fix(window);
				if (fix != null) {
					out.replace(i, i + length, fix);
					i += length - 1;
				}
			}
		}
		return out.toString();
	}

	/**
	 * For each position between two characters of the text, whether it lies inside one of the text's words of two or
	 * more characters (the words found in order; a word not found leaves its positions open).
	 */
	private boolean[] inside(String text) {
		boolean[] inside = new boolean[text.length() + 1];
		int from = 0;
		for (String word : segmenter.apply(text)) {
			int at = text.indexOf(word, from);
			if (at < 0) {
				continue;
			}
			for (int k = at + 1; k < at + word.length(); k++) {
				inside[k] = true;
			}
			from = at + word.length();
		}
		return inside;
	}

	private String fix(String window) {
		for (int j = 0; j < window.length(); j++) {
			if (!unfamiliarAt(window, j) || GRAMMAR.indexOf(window.charAt(j)) >= 0) {
				continue;
			}
			for (String term : blanked.getOrDefault(blank(window, j), List.of())) {
				if (Pinyin.homophones(window.charAt(j), term.charAt(j))) {
					return term;
				}
			}
		}
		return null;
	}

	/** Whether the character at {@code j} forms, with a neighbour in the window, a pair no source writes. */
	private boolean unfamiliarAt(String window, int j) {
		return j > 0 && !bigrams.contains(window.substring(j - 1, j + 1))
				|| j + 1 < window.length() && !bigrams.contains(window.substring(j, j + 2));
	}

	private static boolean isHan(String window) {
		return window.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	/** Whether some source of the agency subtree at {@code path} uses the word. */
	boolean known(String path, String word) {
		return wordsByPath.entrySet().stream().anyMatch(e -> e.getKey().startsWith(path) && e.getValue().contains(word));
	}

	/** The names of the service items of the agency subtree at {@code path}, with their aliases. */
	List<String> itemNames(String path) {
		return below(itemNamesByPath, path);
	}

	/** The names of the service items of the agency subtree at {@code path}, without their aliases. */
	List<String> itemTitles(String path) {
		return below(itemTitlesByPath, path);
	}

	private static List<String> below(Map<String, Set<String>> byPath, String path) {
		return byPath.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith(path))
			.flatMap(e -> e.getValue().stream())
			.distinct()
			.sorted()
			.toList();
	}

}
