package org.gongkai.assistant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, round 5: a question about a matter another kind of department handles, and that the asked agency's
 * catalogue does not cover, belongs elsewhere; an agency's own kinds of department come from its item names alone.
 * The vectors are written by hand here (each text a direction), so that the rule, not the model, is under test; the
 * model's side is measured in bench/assistant (eval-tuning-3.tsv: a 民政局 alone in its district).
 */
class RemitsTests {

	/** Four directions: identity cards, passports, marriage, minimum living allowance. */
	private static final Map<String, float[]> VECTORS = new HashMap<>();

	static {
		VECTORS.put("居民身份证丢失补领", new float[] { 1, 0, 0, 0 });
		VECTORS.put("普通护照申领", new float[] { 0, 1, 0, 0 });
		VECTORS.put("结婚登记", new float[] { 0, 0, 1, 0 });
		VECTORS.put("最低生活保障", new float[] { 0, 0, 0, 1 });
		// item names of a 民政局: close to its two matters
		VECTORS.put("内地居民结婚登记", new float[] { 0, 0, 0.95f, 0.1f });
		VECTORS.put("最低生活保障审核确认", new float[] { 0, 0, 0.1f, 0.95f });
		// an item whose materials name the identity card: only somewhat close to it
		VECTORS.put("老年人优待证办理", new float[] { 0.5f, 0, 0.3f, 0.3f });
		// an item of the same agency that does issue passports' paperwork
		VECTORS.put("出国（境）证件申办证明", new float[] { 0.05f, 0.9f, 0.1f, 0 });
	}

	private static final List<String[]> TABLE = List.of(
			new String[] { "公安机关", "the public security bureau", "居民身份证丢失补领" },
			new String[] { "出入境管理部门", "the exit and entry administration", "普通护照申领" },
			new String[] { "民政部门", "the civil affairs bureau", "结婚登记" },
			new String[] { "民政部门", "the civil affairs bureau", "最低生活保障" });

	private final Remits remits = new Remits(TABLE, texts -> texts.stream().map(VECTORS::get).toList());

	private static final List<String> CIVIL = List.of("内地居民结婚登记", "最低生活保障审核确认", "老年人优待证办理");

	@Test
	void aMatterOfAnotherKindOfDepartmentThatNoItemCoversBelongsThere() {
		// 身份证丢了怎么补办, asked of a 民政局: closer to the 公安 matter than to any of its item names
		float[] question = { 0.9f, 0, 0.1f, 0.1f };
		assertThat(remits.elsewhere("/d/civil/", 1, CIVIL, question)).get()
			.extracting(Remits.Matter::department, Remits.Matter::departmentEn)
			.containsExactly("公安机关", "the public security bureau");
	}

	@Test
	void theAgencysOwnKindOfDepartmentIsNeverElsewhere() {
		// 结婚登记要带什么: the 民政局 covers most of the 民政部门's matters, so they are all its own
		float[] question = { 0, 0, 1, 0 };
		assertThat(remits.elsewhere("/d/civil/", 1, CIVIL, question)).isEmpty();
	}

	@Test
	void aMatterOfAnotherDepartmentThatAnItemCoversIsTheAgencysToo() {
		float[] question = { 0, 1, 0, 0 };
		assertThat(remits.elsewhere("/d/civil/", 1, CIVIL, question)).isPresent();
		List<String> withPassportItem = List.of("内地居民结婚登记", "最低生活保障审核确认", "老年人优待证办理", "出国（境）证件申办证明");
		// a new version of the index, with an item that covers the passport matter
		assertThat(remits.elsewhere("/d/civil/", 2, withPassportItem, question)).isEmpty();
	}

	@Test
	void anItemNameAsCloseAsTheMatterElsewhereKeepsTheQuestion() {
		// closer to the 公安 matter than to 老年人优待证办理, but by less than the lead: the agency's items decide
		float[] question = { 1, 0, 0.22f, 0.22f };
		double matter = Remits.cosine(question, VECTORS.get("居民身份证丢失补领"));
		double item = Remits.cosine(question, VECTORS.get("老年人优待证办理"));
		assertThat(matter - item).isPositive().isLessThan(Remits.LEAD);
		assertThat(remits.elsewhere("/d/civil/", 1, CIVIL, question)).isEmpty();
		// further from the item, by more than the lead: elsewhere
		assertThat(remits.elsewhere("/d/civil/", 1, CIVIL, new float[] { 1, 0, 0.1f, 0.1f })).isPresent();
	}

	@Test
	void aQuestionNearNoMatterIsAboutNone() {
		// nearest to the 公安 matter and far from every item name, but not near the matter either
		float[] question = { 0.5f, 0, 0, 0, 0.8f, 0.3f };
		assertThat(Remits.cosine(question, pad(VECTORS.get("居民身份证丢失补领")))).isLessThan(Remits.NEAR);
		Remits wider = new Remits(TABLE, texts -> texts.stream().map(VECTORS::get).map(RemitsTests::pad).toList());
		assertThat(wider.elsewhere("/d/civil/", 1, CIVIL, question)).isEmpty();
		assertThat(wider.elsewhere("/d/civil/", 1, CIVIL, new float[] { 0.9f, 0, 0.1f, 0.1f, 0, 0 })).isPresent();
	}

	/** A vector with two more directions, which no matter and no item name takes. */
	private static float[] pad(float[] vector) {
		return java.util.Arrays.copyOf(vector, 6);
	}

	@Test
	void anAgencyWithoutItemsHasNothingToCompareWithAndSendsNothingElsewhere() {
		assertThat(remits.elsewhere("/d/empty/", 1, List.of(), new float[] { 1, 0, 0, 0 })).isEmpty();
	}

	@Test
	void theShippedTableNamesADepartmentInBothLanguagesForEveryMatter() {
		List<String[]> shipped = Remits.shipped();
		assertThat(shipped).hasSizeGreaterThan(100);
		assertThat(shipped).allSatisfy(line -> {
			assertThat(line).hasSize(3);
			assertThat(line[1]).contains("(" + line[0] + ")");
		});
	}

}
