package org.gongkai.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A ledger sorts only by the keys of its whitelist, and the query's text is a literal, wildcards escaped. */
class LedgerSortingTests {

	static final LedgerSorting SORTING = LedgerSorting.of(true, "x.id", "newest", "x.created_at", "title", "x.title");

	private static LedgerQuery sortedBy(String key, String dir) {
		return new LedgerQuery(null, null, null, null, null, null, key, dir, null, null, null);
	}

	@Test
	void onlyWhitelistedKeysAndDirectionsReachTheOrderBy() {
		assertThat(SORTING.orderBy(LedgerQuery.NONE)).isEqualTo(" order by x.created_at desc nulls last, x.id desc");
		assertThat(SORTING.orderBy(sortedBy("title", null))).isEqualTo(" order by x.title asc nulls last, x.id asc");
		assertThat(SORTING.orderBy(sortedBy("title", "desc"))).isEqualTo(" order by x.title desc nulls last, x.id desc");
		for (String key : new String[] { "x.title", "title; drop table x", "1", "TITLE" }) {
			assertThatThrownBy(() -> SORTING.orderBy(sortedBy(key, null))).isInstanceOf(DomainException.class)
				.satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.INVALID));
		}
		assertThatThrownBy(() -> SORTING.orderBy(sortedBy("title", "asc, (select 1)")))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void theTextIsALiteralAndThePageIsBounded() {
		LedgerQuery query = new LedgerQuery(null, null, null, null, "100%_a\\b", null, null, null, -3, 100_000, null);
		assertThat(query.textPattern()).isEqualTo("%100\\%\\_a\\\\b%");
		assertThat(query.pageNumber()).isEqualTo(1);
		assertThat(query.pageSize()).isEqualTo(LedgerQuery.MAX_SIZE);
		assertThat(new LedgerQuery(" ", "", null, null, "  ", null, null, null, 3, 20, null).offset()).isEqualTo(40);
		assertThatThrownBy(() -> new LedgerQuery(null, null, java.time.LocalDate.of(2026, 2, 1),
				java.time.LocalDate.of(2026, 1, 1), null, null, null, null, null, null, null))
			.isInstanceOf(DomainException.class);
	}

}
