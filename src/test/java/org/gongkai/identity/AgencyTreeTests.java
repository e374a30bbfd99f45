package org.gongkai.identity;

import java.time.Instant;
import java.util.Set;

import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tree's rules and who may read and act for which agency. */
class AgencyTreeTests {

	private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");

	private final Agency city = new Agency(1L, 0, "city", "某市人民政府", null, AgencyLevel.CITY, null, "/city/", NOW);

	@Test
	void childrenExtendTheParentsPath() {
		Agency district = city.child("district", "某区人民政府", null, AgencyLevel.DISTRICT, NOW);
		assertThat(district.path()).isEqualTo("/city/district/");
		assertThat(district.parentId()).isEqualTo(1L);
	}

	@Test
	void aChildCannotRankAboveItsParent() {
		assertThatThrownBy(() -> city.child("prov", "某省", null, AgencyLevel.PROVINCE, NOW))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("level"));
	}

	@Test
	void codesAreShortLowercaseSlugs() {
		assertThatThrownBy(() -> city.child("Bad_Code", "局", null, null, NOW))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("code"));
		assertThatThrownBy(() -> city.child("x", "局", null, null, NOW)).isInstanceOf(DomainException.class);
		assertThat(city.child("demo-bureau", "局", null, null, NOW).code()).isEqualTo("demo-bureau");
	}

	@Test
	void staffReadTheirSubtreeAndActAsTheirRolesAllow() {
		AgencyInfo district = info(2, "district", "/city/district/");
		AgencyInfo bureau = info(3, "bureau", "/city/district/bureau/");
		AgencyInfo otherDistrict = info(4, "other", "/city/other/");
		Staff admin = staff(2, "/city/district/", Role.ADMIN);
		Staff editor = staff(2, "/city/district/", Role.EDITOR);
		Staff supervisor = staff(2, "/city/district/", Role.SUPERVISOR);

		assertThat(admin.canRead(bureau)).isTrue();
		assertThat(admin.canRead(otherDistrict)).isFalse();
		assertThat(admin.canActFor(bureau, Role.ADMIN)).isTrue();
		assertThat(editor.canActFor(district, Role.EDITOR)).isTrue();
		assertThat(editor.canActFor(bureau, Role.EDITOR)).as("an editor acts for their own agency only").isFalse();
		assertThat(supervisor.canRead(bureau)).isTrue();
		assertThat(supervisor.canActFor(bureau, Role.SUPERVISOR)).as("a supervisor only reads").isFalse();
	}

	private static AgencyInfo info(long id, String code, String path) {
		return new AgencyInfo(new AgencyId(id), code, code, null, AgencyLevel.BUREAU, null, path);
	}

	private static Staff staff(long agency, String path, Role role) {
		return new Staff(9, "someone", new AgencyId(agency), "district", path, Set.of(role));
	}

}
