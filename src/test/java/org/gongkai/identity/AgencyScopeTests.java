package org.gongkai.identity;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What other modules read from a scope instead of joining identity's table. */
class AgencyScopeTests {

	private final AgencyInfo district = info(2, "district", "/city/district/");

	private final AgencyInfo bureau = info(3, "bureau", "/city/district/bureau/");

	private final AgencyScope scope = AgencyScope.of(List.of(district, bureau));

	@Test
	void givesIdsCodesAndAgenciesInTreeOrder() {
		assertThat(scope.ids()).containsExactly(2L, 3L);
		assertThat(scope.codes()).containsExactly("district", "bureau");
		assertThat(scope.find(3)).contains(bureau);
		assertThat(scope.findByCode("bureau")).contains(bureau);
		assertThat(scope.contains(4)).isFalse();
		assertThat(scope.findByCode(null)).isEmpty();
	}

	@Test
	void sortsItemsByTheirAgencysPlaceAndKeepsTheOrderWithinOne() {
		record Item(long agencyId, String name) {
		}
		List<Item> items = List.of(new Item(3, "b1"), new Item(2, "d1"), new Item(3, "b2"), new Item(2, "d2"));
		assertThat(scope.inTreeOrder(items, Item::agencyId)).extracting(Item::name)
			.containsExactly("d1", "d2", "b1", "b2");
	}

	@Test
	void anAgencyOutsideTheScopeIsNotNamed() {
		assertThat(scope.find(4)).isEmpty();
		assertThatThrownBy(() -> scope.get(4)).isInstanceOf(IllegalArgumentException.class);
	}

	private static AgencyInfo info(long id, String code, String path) {
		return new AgencyInfo(new AgencyId(id), code, code, null, AgencyLevel.BUREAU, null, path);
	}

}
