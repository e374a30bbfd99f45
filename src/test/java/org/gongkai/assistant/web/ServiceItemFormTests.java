package org.gongkai.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A question from the log of questions added to an item's 常用说法 on its form. */
class ServiceItemFormTests {

	private static ServiceItemForm withAliases(String aliases) {
		return new ServiceItemForm("demo-district", "GA-JZZ-QZ", "居住证签注", "", "", "", "", "", "", "", "", "", "", "",
				aliases, Boolean.TRUE);
	}

	@Test
	void aQuestionIsAddedOnOneLineAtTheEndOfTheCommonNames() {
		assertThat(withAliases("").withAlias("  居住证  到期\n怎么续 ").aliases()).isEqualTo("居住证 到期 怎么续");
		assertThat(withAliases("居住证续签").withAlias("居住证快到期了").aliases()).isEqualTo("居住证续签\n居住证快到期了");
	}

	@Test
	void theSameFormWhenTheQuestionIsBlankOrAlreadyACommonName() {
		ServiceItemForm form = withAliases("居住证续签\n居住证快到期了");
		assertThat(form.withAlias(" 居住证快到期了 ")).isSameAs(form);
		assertThat(form.withAlias("  ")).isSameAs(form);
		assertThat(form.withAlias(null)).isSameAs(form);
	}

}
