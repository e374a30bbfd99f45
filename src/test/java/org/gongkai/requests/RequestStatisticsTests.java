package org.gongkai.requests;

import java.time.LocalDate;
import java.util.EnumSet;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.requests.RequestTable.Column;
import org.gongkai.requests.RequestTable.Flow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table 三 by the counting rules of annual-report.md §3, on applications that cross the year boundaries: received in
 * December and answered in January are carried over, and R2(Y) = R4(Y−1) follows.
 */
@IntegrationTest
class RequestStatisticsTests {

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestHandling handling;

	@Autowired
	RequestStatistics statistics;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	UserDetailsService users;

	private static AgencyInfo agency;

	private Staff officer;

	@BeforeEach
	void records() {
		if (agency == null) {
			agency = agencies.ensureChild("demo-district",
					new NewAgency("stats-bureau", "示例区统计测试局", null, null, null));
			accounts.ensure(new NewStaffAccount("stats-officer", "统计专员", "Stats-Officer-2026", agency.code(),
					EnumSet.of(Role.OFFICER)));
			officer = ((StaffPrincipal) users.loadUserByUsername("stats-officer")).staff();
			seed();
		}
		officer = ((StaffPrincipal) users.loadUserByUsername("stats-officer")).staff();
	}

	private void seed() {
		long a = register(ApplicantType.NATURAL_PERSON, "2024-12-20");
		act(a, new RequestCommand.Reply(LocalDate.parse("2025-01-15"), Outcome.DISCLOSED, null, java.util.List.of(),
				"门户网站“财政信息”栏目", null, 0));
		long b = register(ApplicantType.COMMERCIAL_ENTERPRISE, "2025-03-10");
		act(b, new RequestCommand.Reply(LocalDate.parse("2025-03-28"), Outcome.UNAVAILABLE_NOT_HELD));
		long c = register(ApplicantType.RESEARCH_INSTITUTION, "2025-12-22");
		act(c, new RequestCommand.Reply(LocalDate.parse("2026-01-16"), Outcome.DISCLOSED, null, java.util.List.of(),
				"门户网站“财政信息”栏目", null, 0));
		long d = register(ApplicantType.LEGAL_SERVICE_AGENCY, "2025-06-02");
		act(d, new RequestCommand.Withdraw(LocalDate.parse("2025-06-05")));
		long e = register(ApplicantType.NATURAL_PERSON, "2025-11-03");
		act(e, new RequestCommand.RequestClarification(LocalDate.parse("2025-11-05"), "请写明文件名称", 10));
		act(e, new RequestCommand.CloseUnclarified(LocalDate.parse("2025-11-20")));
		intake.register(officer, agency.code(), Channel.ONLINE, null, application(ApplicantType.NATURAL_PERSON));
	}

	@Test
	void countsTheYearByTheRules() {
		RequestTable y2025 = statistics.table(agency.id(), 2025);
		assertThat(y2025.cells(Flow.RECEIVED)).containsExactly(1L, 1L, 1L, 0L, 1L, 0L, 4L);
		assertThat(y2025.cells(Flow.CARRIED_OVER)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(y2025.cells(Outcome.DISCLOSED)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(y2025.cells(Outcome.UNAVAILABLE_NOT_HELD)).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L);
		assertThat(y2025.cells(Outcome.OTHER_NO_CLARIFICATION)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(y2025.cells(Outcome.OTHER)).containsExactly(0L, 0L, 0L, 0L, 1L, 0L, 1L);
		assertThat(y2025.cells(Flow.CLOSED)).containsExactly(2L, 1L, 0L, 0L, 1L, 0L, 4L);
		assertThat(y2025.cells(Flow.CARRIED_FORWARD)).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 1L);
		assertThat(RequestTable.ROWS).hasSize(25);
	}

	@Test
	void balancesInEveryColumnAndCarriesOverFromYearToYear() {
		for (int year = 2024; year <= 2026; year++) {
			RequestTable table = statistics.table(agency.id(), year);
			for (Column column : Column.values()) {
				assertThat(table.cell(Flow.RECEIVED, column) + table.cell(Flow.CARRIED_OVER, column))
					.as("R1 + R2 = R3.7 + R4 in %d, column %s", year, column)
					.isEqualTo(table.cell(Flow.CLOSED, column) + table.cell(Flow.CARRIED_FORWARD, column));
			}
			if (year > 2024) {
				assertThat(table.cells(Flow.CARRIED_OVER))
					.isEqualTo(statistics.table(agency.id(), year - 1).cells(Flow.CARRIED_FORWARD));
			}
		}
		assertThat(statistics.table(agency.id(), 2024).total(Flow.CARRIED_FORWARD)).isEqualTo(1);
		assertThat(statistics.table(agency.id(), 2026).total(Flow.CARRIED_OVER)).isEqualTo(1);
	}

	@Test
	void anUnconfirmedOnlineApplicationIsNotCounted() {
		assertThat(statistics.table(agency.id(), 2026).total(Flow.RECEIVED)).isZero();
	}

	private long register(ApplicantType type, String receivedOn) {
		return intake.register(officer, agency.code(), Channel.IN_PERSON, LocalDate.parse(receivedOn),
				application(type)).id();
	}

	private void act(long id, RequestCommand command) {
		handling.act(officer, id, command);
	}

	private static Application application(ApplicantType type) {
		return new Application(type, type.isOrganisation() ? "某某机构" : "张三", null, null, null, null, null, null, null,
				"某项政府信息", null, DeliveryMethod.IN_PERSON, false);
	}

}
