package org.gongkai.assistant;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.gongkai.assistant.Retrieval.Candidate;
import org.gongkai.assistant.Retrieval.Mode;
import org.gongkai.assistant.Triage.Decision;

/**
 * Reads a question as its asker meant it — simplified characters for traditional ones, the dictionary's standard
 * terms for dialect and colloquial words, typos
 * of the guides' terms corrected by pinyin — searches the asked agency's subtree and the rest of the tree with it,
 * looks up which kind of department usually handles what it asks ({@link Remits}; with and without the agency's own
 * words, {@link OwnWords}), and lets {@link Triage} decide.
 * Free of Spring and the database, so bench/assistant runs exactly this.
 */
final class Responder {

	/** Words too general to show that a question is outside an agency's remit. */
	private static final Set<String> GENERAL = Set.of("办理", "申请", "需要", "材料", "多久", "时间", "手续", "多少", "东西",
			"证件", "怎么办", "哪些", "准备", "地方", "部门", "问题", "情况", "现在", "已经", "知道", "听说", "具体", "时候", "今年",
			"明年", "去年", "老家", "这边", "那边", "一个", "没有", "应该", "自己", "什么", "怎么", "为什么", "多长", "几天", "流程",
			"条件", "补办", "办证", "交钱", "要钱", "收费", "费用", "在哪", "哪里", "能否", "是否", "需不需要", "要不要", "还是",
			// everyday words of people's lives, time and place, which no guide needs to write to be the right one
			"孩子", "小孩", "妻子", "丈夫", "配偶", "父母", "家里", "家人", "朋友", "老人", "老板", "单位", "以后", "之前", "以前",
			"一直", "附近", "重新", "过来", "出来", "回来", "单独", "分开", "名字", "一样", "觉得", "突然", "这些", "那些", "另外",
			"顺便", "完了", "下来", "今天", "昨天", "明天", "里面", "找到", "不好", "不够", "上班", "打工", "外地", "外省", "钱包",
			"还要", "好几", "年底", "过年", "关掉", "这里", "那里",
			// what the dictionary writes for 怎么样, 什么事, 什么样
			"如何", "何事", "哪种");

	/**
	 * A question read: the text searched with, its content words, and the whole question read the same way with what
	 * it denies kept, for the ranking to hold the denied words against the names that write them
	 * ({@link Ranking.Reading}).
	 */
	record Reading(String text, List<String> words, String whole) {
	}

	private final Retrieval retrieval;

	private final KnowledgeIndex index;

	private final Supplier<Wording> wording;

	private final Supplier<Remits> remits;

	private final Triage triage;

	/** The own words of each agency subtree asked ({@link OwnWords}), with the item names they were read from. */
	private final Map<String, Map.Entry<List<String>, Set<String>>> ownWords = new ConcurrentHashMap<>();

	Responder(Retrieval retrieval, KnowledgeIndex index, Supplier<Wording> wording, Supplier<Remits> remits,
			Triage triage) {
		this.retrieval = retrieval;
		this.index = index;
		this.wording = wording;
		this.remits = remits;
		this.triage = triage;
	}

	Reading read(String question) {
		return read(question, wording.get());
	}

	private Reading read(String question, Wording now) {
		Terms dictionary = now.terms();
		// traditional characters read as simplified first; typos corrected before and after the dictionary: 社保咔 is
		// 社保卡 (a variant) before 社保 becomes 社会保险; the denied words left out before the dictionary, as the asker
		// wrote them (the dictionary writes 不动产, which is no denial)
		Vocabulary known = now.vocabulary();
		String simplified = Simplified.of(question);
		String asked = Denials.without(simplified);
		String text = dictionary.normalise(known.correct(dictionary.normalise(known.correct(asked))));
		List<String> words = contentWords(text);
		String whole = asked.equals(simplified) ? text
				: dictionary.normalise(known.correct(dictionary.normalise(known.correct(simplified))));
		return new Reading(text, words, whole);
	}

	/** The words of a text that say what it is about: Chinese words of two characters or more, not {@link #GENERAL}. */
	private List<String> contentWords(String text) {
		return index.tokens(text)
			.stream()
			.filter(w -> w.length() >= 2 && !GENERAL.contains(w) && w.codePoints().allMatch(Character::isIdeographic))
			.toList();
	}

	/**
	 * Decides what to answer to a question asked of the agency at {@code agencyPath}, within the tree at
	 * {@code rootPath}.
	 */
	Decision respond(String agencyPath, String rootPath, String question) {
		Wording now = wording.get();
		Reading reading = read(question, now);
		float[] vector = retrieval.vector(reading.text());
		List<Candidate> here = Ranking.rank(reading.whole(),
				retrieval.search(agencyPath, reading.text(), vector, Mode.HYBRID));
		Vocabulary words = now.vocabulary();
		List<String> unknownHere = reading.words().stream().filter(w -> !words.known(agencyPath, w)).toList();
		boolean elsewhere = unknownHere.stream().anyMatch(w -> words.known(rootPath, w));
		// a document none of the agency's sources names (护照 asked where only 身份证 is issued) speaks against its items
		List<String> foreign = Vocabulary.documents(index.words(reading.text()))
			.stream()
			.filter(d -> !words.documentNamed(agencyPath, d))
			.toList();
		elsewhere = elsewhere || foreign.stream().anyMatch(d -> words.documentNamed(rootPath, d));
		double coverage = here.isEmpty() ? 0 : Answerability.coverage(reading.words(), written(here.get(0)));
		List<Candidate> outside = List.of();
		if (!agencyPath.equals(rootPath)) {
			outside = retrieval.search(rootPath, reading.text(), vector, Mode.HYBRID)
				.stream()
				.filter(c -> !c.best().agencyPath().startsWith(agencyPath))
				.toList();
		}
		// the matter elsewhere must be closer than all the agency wrote, its guides and the documents it published (a
		// published 关于夜间施工噪声扰民问题的回应 is its own answer); a question without content words (那要多长时间) is
		// about no item, and is read with the last answer's subject
		double closestHere = here.stream().mapToDouble(Candidate::cosine).max().orElse(0);
		Remits table = remits.get();
		List<String> itemNames = words.itemNames(agencyPath);
		Optional<Remits.Remit> belongs = reading.words().isEmpty() ? Optional.empty()
				: table.elsewhere(agencyPath, itemNames, vector, closestHere)
					.or(() -> withoutOwnWords(agencyPath, words.itemTitles(agencyPath), itemNames, reading.text(), vector,
							closestHere, table));
		// a matter the table knows and no item of the agency covers, which the question is clearly about and the best
		// item does not write in full (监理企业资质 asked of a 住建局 that lists 建筑业企业资质): another kind's is
		// declined with where it belongs, the agency's own kind's rules its items out
		Optional<Remits.Remit> unlisted = belongs.isPresent() || reading.words().isEmpty() || coverage >= 1
				? Optional.empty() : table.unlisted(agencyPath, itemNames, vector, closestHere);
		boolean ownUnlisted = unlisted.filter(m -> table.handles(agencyPath, itemNames, m.department())).isPresent();
		if (!ownUnlisted) {
			belongs = belongs.or(() -> unlisted);
		}
		Answerability evidence = new Answerability(coverage, !foreign.isEmpty(), ownUnlisted,
				Answerability.rarest(index.size()));
		return triage.decide(here, elsewhere, evidence, outside, belongs);
	}

	/**
	 * The table's item another kind of department handles that the question is about once the agency's own words are
	 * taken out of it ({@link OwnWords}), when it wrote some and has content words besides.
	 * @param itemTitles the names of the agency's items, which its own words are read from
	 * @param itemNames their names and aliases, which the table's item must be further ahead of
	 */
	private Optional<Remits.Remit> withoutOwnWords(String agencyPath, List<String> itemTitles, List<String> itemNames,
			String text, float[] vector, double closestHere, Remits table) {
		String plain = OwnWords.without(text, ownWords(agencyPath, itemTitles));
		if (plain.equals(text) || contentWords(plain).isEmpty()) {
			return Optional.empty();
		}
		return table.elsewhere(agencyPath, itemNames, retrieval.vector(plain), vector, closestHere);
	}

	/** The agency subtree's own words, read again when its item names change. */
	private Set<String> ownWords(String agencyPath, List<String> itemTitles) {
		Map.Entry<List<String>, Set<String>> kept = ownWords.get(agencyPath);
		if (kept != null && kept.getKey().equals(itemTitles)) {
			return kept.getValue();
		}
		Set<String> own = OwnWords.of(itemTitles, this::contentWords);
		ownWords.put(agencyPath, Map.entry(List.copyOf(itemTitles), own));
		return own;
	}

	/** Everything a source writes: its name and all its passages. */
	private String written(Candidate candidate) {
		StringBuilder text = new StringBuilder(candidate.best().title());
		index.passages(candidate.sourceKey()).forEach(p -> text.append('\n').append(p.text()));
		return text.toString();
	}

}
