package org.gongkai.assistant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.gongkai.assistant.Chunk.Kind;
import org.gongkai.assistant.Chunk.Section;
import org.gongkai.assistant.Retrieval.Candidate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.assistant.QuestionReadingTests.candidate;

/**
 * Issue 15, round 5: a question about a service item that another kind of department handles, and that the asked
 * agency's catalogue does not cover, belongs elsewhere; an agency's own kinds of department come from its item names
 * alone. The vectors are written by hand here, one direction per service item, so that each rule, not the model, is
 * under test; the model's side is measured in bench/assistant (eval-tuning-3.tsv: a 民政局 alone in its district).
 */
class RemitsTests {

	/**
	 * Directions: 0 identity card, 1 passport, 2 Hong Kong and Macao pass, 3 marriage, 4 minimum living allowance,
	 * 5 funeral services, 6 a side direction, 7 foreigners' residence, 8 nothing.
	 */
	private static final Map<String, float[]> VECTORS = new HashMap<>();

	static {
		VECTORS.put("居民身份证丢失补领", axis(0));
		VECTORS.put("普通护照申领", axis(1));
		VECTORS.put("往来港澳通行证", axis(2));
		VECTORS.put("外国人居留许可", axis(7));
		VECTORS.put("结婚登记", axis(3));
		VECTORS.put("最低生活保障", axis(4));
		VECTORS.put("殡葬服务", axis(5));
		// a 民政局's item names: close to two of its kind's three items of the table
		VECTORS.put("内地居民结婚登记", vector(3, 0.95f, 4, 0.1f));
		VECTORS.put("最低生活保障审核确认", vector(3, 0.1f, 4, 0.95f));
		// an item whose materials name the identity card: only somewhat close to it
		VECTORS.put("老年人优待证办理", vector(0, 0.5f, 3, 0.3f, 4, 0.3f));
		// an item of the agency that covers the passport (cosine 0.85) and nothing else of its kind
		VECTORS.put("出国（境）证件申办证明", vector(1, 0.85f, 6, 0.527f));
		// an item staff add to the table
		VECTORS.put("渔业船舶登记", axis(8));
	}

	private static final List<String[]> TABLE = List.of(
			new String[] { "公安机关", "the public security bureau (公安机关)", "居民身份证丢失补领" },
			new String[] { "出入境管理部门", "the exit and entry administration (出入境管理部门)", "普通护照申领" },
			new String[] { "出入境管理部门", "the exit and entry administration (出入境管理部门)", "往来港澳通行证" },
			new String[] { "出入境管理部门", "the exit and entry administration (出入境管理部门)", "外国人居留许可" },
			new String[] { "民政部门", "the civil affairs bureau (民政部门)", "结婚登记" },
			new String[] { "民政部门", "the civil affairs bureau (民政部门)", "最低生活保障" },
			new String[] { "民政部门", "the civil affairs bureau (民政部门)", "殡葬服务" });

	private static final List<String> CIVIL = List.of("内地居民结婚登记", "最低生活保障审核确认", "老年人优待证办理");

	/** The texts embedded, for checking what is embedded again. */
	private final List<String> embedded = new ArrayList<>();

	private final Remits remits = new Remits(TABLE, texts -> {
		embedded.addAll(texts);
		return texts.stream().map(VECTORS::get).toList();
	});

	@Test
	void anItemOfAnotherKindOfDepartmentThatNoItemCoversBelongsThere() {
		// 身份证丢了怎么补办, asked of a 民政局: closer to the 公安 item than to any of its item names
		Optional<Remits.Remit> belongs = remits.elsewhere("/d/civil/", CIVIL, vector(0, 0.9f, 3, 0.1f, 4, 0.1f), 0);
		assertThat(belongs).get().extracting(Remits.Remit::department).isEqualTo("公安机关");
		assertThat(belongs.get().department(Locale.ENGLISH)).isEqualTo("the public security bureau (公安机关)");
		assertThat(belongs.get().department(Locale.TRADITIONAL_CHINESE)).isEqualTo("公安机关");
		assertThat(belongs.get().department(Locale.FRENCH)).as("the messages' language is Chinese then").isEqualTo("公安机关");
		// unless a passage of the agency's own guides is closer to the question than the 公安 item is
		float[] question = vector(0, 0.9f, 3, 0.1f, 4, 0.1f);
		double item = Remits.cosine(question, axis(0));
		assertThat(remits.elsewhere("/d/civil/", CIVIL, question, item)).isPresent();
		assertThat(remits.elsewhere("/d/civil/", CIVIL, question, item + 0.01)).isEmpty();
	}

	@Test
	void theAgencysOwnKindOfDepartmentIsNeverElsewhere() {
		// 殡葬 is in no item name of the 民政局, and far from all of them, but its items cover two of the three 民政 items
		assertThat(remits.elsewhere("/d/civil/", CIVIL, axis(5), 0)).isEmpty();
		// the same question about an item of a kind it does not cover is elsewhere
		assertThat(remits.elsewhere("/d/civil/", CIVIL, axis(2), 0)).get()
			.extracting(Remits.Remit::department)
			.isEqualTo("出入境管理部门");
	}

	@Test
	void aMatterOfItsOwnKindThatNoItemCoversIsUnlisted() {
		// 殡葬 asked of a 民政局 whose items are far from it: its own kind's matter, which its catalogue leaves out
		assertThat(remits.handles("/d/civil/", CIVIL, "民政部门")).isTrue();
		assertThat(remits.handles("/d/civil/", CIVIL, "公安机关")).isFalse();
		float[] funeral = vector(5, 0.9f, 4, 0.3f);
		double matter = Remits.cosine(funeral, axis(5));
		assertThat(matter).isGreaterThanOrEqualTo(Remits.CLEAR);
		assertThat(remits.unlisted("/d/civil/", CIVIL, funeral, matter - Remits.LEAD)).get()
			.extracting(Remits.Remit::item)
			.isEqualTo("殡葬服务");
		// unless a passage of the agency's is within the lead of it: the agency's own guide may speak to it
		assertThat(remits.unlisted("/d/civil/", CIVIL, funeral, matter - Remits.LEAD + 0.01)).isEmpty();
		// a matter one of its items covers is listed (最低生活保障审核确认 covers 最低生活保障)
		assertThat(remits.unlisted("/d/civil/", CIVIL, axis(4), 0)).isEmpty();
		// a question only somewhat close to a matter is about none
		assertThat(remits.unlisted("/d/civil/", CIVIL, vector(5, 0.6f, 6, 0.8f), 0)).isEmpty();
		// another kind's matter is unlisted too; the caller says where it belongs
		assertThat(remits.unlisted("/d/civil/", CIVIL, axis(2), 0)).get()
			.extracting(Remits.Remit::department)
			.isEqualTo("出入境管理部门");
	}

	@Test
	void theKindAnAgencyCoversMostOfIsItsOwnThoughItHasFewItems() {
		// one item so far: one third of the 民政 items, still more than of any other kind
		List<String> one = List.of("最低生活保障审核确认");
		assertThat(remits.elsewhere("/d/new/", one, axis(5), 0)).isEmpty();
		assertThat(remits.elsewhere("/d/new/", one, axis(2), 0)).isPresent();
	}

	@Test
	void theKindWhoseMattersAnAgencyCoversMostIsItsOwnThoughTheTableListsManyMore() {
		// a 住建局 listing three of the table's ten 住建 matters (a share of 0.3), and, by chance, one of the two of a
		// 街道办事处 (0.5): both are its own kinds, so its questions about the other seven 住建 matters stay with it
		Map<String, float[]> vectors = new HashMap<>();
		List<String[]> table = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String matter = "住建事项" + i;
			vectors.put(matter, i < 3 ? axis(i) : vector(5, 1, 6, 0.01f * i));
			table.add(new String[] { "住房和城乡建设部门", "the housing bureau (住房和城乡建设部门)", matter });
		}
		vectors.put("街道事项0", axis(3));
		vectors.put("街道事项1", axis(7));
		table.add(new String[] { "街道办事处", "the sub-district office (街道办事处)", "街道事项0" });
		table.add(new String[] { "街道办事处", "the sub-district office (街道办事处)", "街道事项1" });
		List<String> names = List.of("名称0", "名称1", "名称2", "名称3");
		for (int i = 0; i < names.size(); i++) {
			vectors.put(names.get(i), axis(i));
		}
		Remits housing = new Remits(table, texts -> texts.stream().map(vectors::get).toList());
		assertThat(housing.handles("/d/housing/", names, "住房和城乡建设部门")).isTrue();
		assertThat(housing.handles("/d/housing/", names, "街道办事处")).isTrue();
		assertThat(housing.elsewhere("/d/housing/", names, axis(5), 0)).isEmpty();
		// not listed by its catalogue, so unlisted: declined with the hand-over rather than sent to its own kind
		assertThat(housing.unlisted("/d/housing/", names, axis(5), 0)).get()
			.extracting(Remits.Remit::department)
			.isEqualTo("住房和城乡建设部门");
	}

	@Test
	void anItemOfAnotherKindThatOneOfTheAgencysItemsCoversIsTheAgencysToo() {
		List<String> withPassport = new ArrayList<>(CIVIL);
		withPassport.add("出国（境）证件申办证明");
		// one of three 出入境 items covered: the kind is not the agency's, the passport item is
		assertThat(Remits.cosine(axis(1), VECTORS.get("出国（境）证件申办证明"))).isBetween(Remits.COVERED,
				1 - Remits.LEAD);
		assertThat(remits.elsewhere("/d/civil/", withPassport, axis(1), 0)).isEmpty();
		assertThat(remits.elsewhere("/d/civil/", withPassport, axis(2), 0)).isPresent();
	}

	@Test
	void anItemNameAsCloseAsTheItemElsewhereKeepsTheQuestion() {
		// closer to the 公安 item than to 老年人优待证办理, but by less than the lead: the agency's items decide
		float[] question = vector(0, 1, 3, 0.22f, 4, 0.22f);
		double elsewhere = Remits.cosine(question, VECTORS.get("居民身份证丢失补领"));
		double item = Remits.cosine(question, VECTORS.get("老年人优待证办理"));
		assertThat(elsewhere - item).isPositive().isLessThan(Remits.LEAD);
		assertThat(remits.elsewhere("/d/civil/", CIVIL, question, 0)).isEmpty();
		// further from the item, by more than the lead: elsewhere
		assertThat(remits.elsewhere("/d/civil/", CIVIL, vector(0, 0.9f, 3, 0.1f, 4, 0.1f), 0)).isPresent();
	}

	@Test
	void aQuestionWithoutTheAgencysOwnWordsIsLookedUpInTheTableAndHeldAgainstTheNamesAsAsked() {
		// without the agency's own words the question is the passport item's, and asked whole it is near no name
		float[] whole = vector(1, 0.5f, 6, 0.87f);
		assertThat(remits.elsewhere("/d/civil/", CIVIL, whole, 0)).isEmpty();
		assertThat(remits.elsewhere("/d/civil/", CIVIL, axis(1), whole, 0)).get()
			.extracting(Remits.Remit::item)
			.isEqualTo("普通护照申领");
		// asked whole it is as close to one of the agency's names: the agency's items decide
		assertThat(remits.elsewhere("/d/civil/", CIVIL, axis(1), VECTORS.get("内地居民结婚登记"), 0)).isEmpty();
		// and the passport item must still be at least as close as the agency's closest passage
		assertThat(remits.elsewhere("/d/civil/", CIVIL, axis(1), whole, 1.01)).isEmpty();
	}

	@Test
	void aQuestionNearNoItemOfTheTableIsAboutNone() {
		// nearest to the 公安 item and far from every item name, but not near the 公安 item either
		float[] question = vector(0, 0.5f, 8, 0.8f);
		assertThat(Remits.cosine(question, axis(0))).isLessThan(Remits.NEAR);
		assertThat(remits.elsewhere("/d/civil/", CIVIL, question, 0)).isEmpty();
	}

	@Test
	void anAgencysNamesAreReadAgainWhenTheyChangeAndOnlyTheNewOnesEmbedded() {
		assertThat(remits.elsewhere("/d/civil/", CIVIL, axis(1), 0)).isPresent();
		assertThat(remits.elsewhere("/d/civil/", CIVIL, axis(2), 0)).isPresent();
		assertThat(embedded.stream().filter(CIVIL::contains)).hasSize(CIVIL.size());
		// staff import the passport item: the next question is read with it, and only it is embedded
		List<String> withPassport = new ArrayList<>(CIVIL);
		withPassport.add("出国（境）证件申办证明");
		assertThat(remits.elsewhere("/d/civil/", withPassport, axis(1), 0)).isEmpty();
		assertThat(embedded.stream().filter(withPassport::contains)).hasSize(CIVIL.size() + 1);
	}

	@Test
	void anAgencyWithoutItemsHasNothingToCompareWithAndSendsNothingElsewhere() {
		assertThat(remits.elsewhere("/d/empty/", List.of(), axis(0), 0)).isEmpty();
	}

	@Test
	void aQuestionThatBelongsElsewhereIsDeclinedWithWhereUnlessAnotherAgencyOfTheTreeAnswersIt() {
		Triage triage = Triage.defaults(new Threshold(0.65, 0.55, 6.0, 7.0));
		Remits.Remit passport = remits.elsewhere("/d/civil/", CIVIL, axis(1), 0).orElseThrow();
		List<Candidate> here = List.of(candidate("/d/civil/", "LNYD", 0.70, 8.0));
		Answerability strong = new Answerability(1.0, false, false, AnswerabilityTests.BENCH_TREE);
		// on its own evidence the agency's item would be answered from
		assertThat(triage.decide(here, false, strong, List.of(), Optional.empty()).kind()).isEqualTo(Triage.Kind.ANSWER);
		Triage.Decision declined = triage.decide(here, false, strong, List.of(), Optional.of(passport));
		assertThat(declined.kind()).isEqualTo(Triage.Kind.DECLINE);
		assertThat(declined.belongs()).isSameAs(passport);
		assertThat(declined.candidates()).isEmpty();
		// another agency of the tree whose item is close enough to answer from and clearly closer: sent there
		List<Candidate> police = List.of(candidate("/d/police/", "HZ", 0.82, 9.0));
		assertThat(triage.decide(here, false, strong, police, Optional.of(passport)).kind())
			.isEqualTo(Triage.Kind.REDIRECT);
		// close enough to answer from and closer, if not clearly: the matter is not this agency's, so sent there too
		List<Candidate> near = List.of(candidate("/d/police/", "HZ", 0.72, 9.0));
		Triage.Decision sent = triage.decide(here, false, strong, near, Optional.of(passport));
		assertThat(sent.kind()).isEqualTo(Triage.Kind.REDIRECT);
		assertThat(sent.elsewhere()).isEqualTo("/d/police/");
		// another agency's item no closer than this agency's does not answer it: declined with where it belongs
		List<Candidate> farther = List.of(candidate("/d/police/", "HZ", 0.66, 9.0));
		assertThat(triage.decide(here, false, strong, farther, Optional.of(passport)).belongs()).isSameAs(passport);
	}

	@Test
	void aQuestionAboutAnUnlistedMatterOfItsOwnKindIsDeclinedAsSuchUnlessAnotherAgencyAnswersIt() {
		Triage triage = Triage.defaults(new Threshold(0.65, 0.55, 6.0, 7.0));
		List<Candidate> here = List.of(candidate("/d/civil/", "LNYD", 0.70, 8.0));
		Answerability unlisted = new Answerability(0.5, false, true, AnswerabilityTests.BENCH_TREE);
		assertThat(unlisted.score(0.99, 50)).isEqualTo(Double.NEGATIVE_INFINITY);
		// however close its item: declined, marked so that it is not read again with the last answer's subject
		Triage.Decision declined = triage.decide(here, false, unlisted, List.of(), Optional.empty());
		assertThat(declined.kind()).isEqualTo(Triage.Kind.DECLINE);
		assertThat(declined.unlisted()).isTrue();
		assertThat(declined.belongs()).isNull();
		assertThat(declined.candidates()).isEmpty();
		// an ordinary decline is not marked
		Answerability weak = new Answerability(0.0, false, false, AnswerabilityTests.BENCH_TREE);
		List<Candidate> far = List.of(candidate("/d/civil/", "LNYD", 0.40, 0.0));
		assertThat(triage.decide(far, false, weak, List.of(), Optional.empty()).unlisted()).isFalse();
		// another agency of the tree whose item answers it: sent there
		List<Candidate> other = List.of(candidate("/d/housing/", "JL", 0.80, 9.0));
		assertThat(triage.decide(here, false, unlisted, other, Optional.empty()).kind()).isEqualTo(Triage.Kind.REDIRECT);
	}

	@Test
	void theItemNamesOfASubtreeIncludeTheAliasesStaffGaveThem() {
		Chunk name = QuestionReadingTests.chunk("/d/civil/a/", "A", "补领结婚证", "双方到场");
		Chunk aliases = new Chunk("item:x:A", Kind.ITEM, "A", "x", "/d/civil/a/", "补领结婚证", Section.ALIASES,
				"结婚证丢了\n 结婚证补办 \n", "/g/A", null);
		Chunk other = QuestionReadingTests.chunk("/d/police/", "B", "居民身份证换领", "原证");
		Vocabulary vocabulary = new Vocabulary(List.of(name, aliases, other), List.of(), text -> List.of());
		assertThat(vocabulary.itemNames("/d/civil/")).containsExactly("结婚证丢了", "结婚证补办", "补领结婚证");
		assertThat(vocabulary.itemNames("/d/")).hasSize(4);
	}

	@Test
	void aTableStaffChangedEmbedsOnlyItsNewItemsAndSendsTheirQuestionsWhereStaffSaid() {
		embedded.clear();
		List<String[]> changed = new ArrayList<>(TABLE);
		changed.set(1, new String[] { "公安机关出入境管理部门", "公安机关出入境管理部门", "普通护照申领" });
		changed.add(new String[] { "农业农村部门", "the agriculture and rural affairs bureau (农业农村部门)", "渔业船舶登记" });
		Remits now = remits.with(changed);
		assertThat(embedded).containsExactly("渔业船舶登记");
		assertThat(now.elsewhere("/d/civil/", CIVIL, axis(8), 0)).get().extracting(Remits.Remit::department)
			.isEqualTo("农业农村部门");
		assertThat(now.elsewhere("/d/civil/", CIVIL, axis(1), 0)).get().extracting(Remits.Remit::department)
			.isEqualTo("公安机关出入境管理部门");
	}

	@Test
	void theShippedTableNamesADepartmentInBothLanguagesForEveryItem() {
		List<String[]> shipped = Remits.shipped();
		assertThat(shipped).hasSizeGreaterThan(100);
		assertThat(shipped).allSatisfy(line -> {
			assertThat(line).hasSize(3);
			assertThat(line[1]).endsWith("(" + line[0] + ")");
		});
	}

	private static float[] axis(int direction) {
		return vector(direction, 1);
	}

	/** A vector of nine directions, with the given ones at the given lengths. */
	private static float[] vector(Object... directionsAndLengths) {
		float[] vector = new float[9];
		for (int i = 0; i < directionsAndLengths.length; i += 2) {
			vector[(Integer) directionsAndLengths[i]] = ((Number) directionsAndLengths[i + 1]).floatValue();
		}
		return vector;
	}

}
