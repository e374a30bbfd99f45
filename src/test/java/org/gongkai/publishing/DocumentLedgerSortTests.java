package org.gongkai.publishing;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents' ledger in its default order, 待审核的在前: the documents awaiting review head the first page, the
 * newest first, and the rest follow, the newest first (they came last on the last page).
 */
@IntegrationTest
class DocumentLedgerSortTests {

	private static final String MARK = "排序核对";

	@Autowired
	DocumentDesk desk;

	@Autowired
	DocumentLedger ledger;

	@Autowired
	ApplicationContext context;

	private Staff staff(String username) {
		return StaffFixtures.principal(context, username).staff();
	}

	private long draft(String title) {
		return desk.create(staff("editor"), "demo-bureau", new Draft("news", MARK + title, "会议于2026年11月20日召开。",
				null, null, "其他", null, null, null, LocalDate.of(2026, 11, 20), null));
	}

	private List<Long> ids(LedgerQuery query) {
		LedgerPage<DocumentLedger.Row> page = ledger.page(staff("reviewer"), query);
		return page.items().stream().map(row -> row.line().id()).toList();
	}

	@Test
	void theDocumentsAwaitingReviewComeFirstThenTheNewest() {
		long firstSubmitted = draft("：示例区某局2026年第一次政务公开工作例会");
		long oldDraft = draft("：示例区某局2026年第二次政务公开工作例会");
		long secondSubmitted = draft("：示例区某局2026年第三次政务公开工作例会");
		long newDraft = draft("：示例区某局2026年第四次政务公开工作例会");
		long newestDraft = draft("：示例区某局2026年第五次政务公开工作例会");
		desk.review(staff("editor"), firstSubmitted, new DocumentCommand.Submit());
		desk.review(staff("editor"), secondSubmitted, new DocumentCommand.Submit());

		assertThat(ids(query(null, 1, 2))).containsExactly(secondSubmitted, firstSubmitted);
		assertThat(ids(query(null, 2, 2))).containsExactly(newestDraft, newDraft);
		assertThat(ids(query(null, 3, 2))).containsExactly(oldDraft);
		assertThat(ids(query("asc", 1, 5))).as("the direction turns the age, the pending stay first")
			.containsExactly(firstSubmitted, secondSubmitted, oldDraft, newDraft, newestDraft);
	}

	private static LedgerQuery query(String dir, int page, int size) {
		return new LedgerQuery(null, null, null, null, MARK, null, dir == null ? null : "review", dir, page, size,
				null);
	}

}
