package org.gongkai.interaction;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Inspections and rectification: who records and signs off, the fix with its evidence, escalation of overdue
 * findings by the daily watch (once), the counts of section 一(五), and the supervisor's view of its agencies.
 */
@IntegrationTest
class InspectionTests {

	@Autowired
	Inspections inspections;

	@Autowired
	InteractionQueries queries;

	@Autowired
	InteractionStatistics statistics;

	@Autowired
	SupervisionRecords records;

	@Autowired
	DeadlineWatch watch;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void aSupervisorRecordsForTheAgenciesBelowIt_theAgencyFixes_theSupervisorSignsOff() {
		LocalDate today = LocalDate.now(clock);
		FindingView finding = inspections.record(staff("supervisor"), new NewFinding("demo-bureau",
				FindingSource.AD_HOC_INSPECTION, today, "“回应关切”栏目未标注发布机构", "补全发布机构", today.plusDays(10), "张编辑"));
		assertThatThrownBy(() -> inspections.record(staff("supervisor"), new NewFinding("demo-district",
				FindingSource.QUARTERLY_INSPECTION, today, "问题", "要求", today, "某人")))
			.as("not its own agency")
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_PERMITTED));
		assertThatThrownBy(() -> inspections.record(staff("officer"), new NewFinding("demo-bureau",
				FindingSource.QUARTERLY_INSPECTION, today, "问题", "要求", today, "某人")))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> inspections.handle(staff("finance-editor"), finding.id(),
				FindingCommand.ReportFix.typed("越权", "")))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
		assertThatThrownBy(() -> inspections.handle(staff("officer"), finding.id(),
				FindingCommand.ReportFix.typed("已补全", "javascript:alert(1)")))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("links"));
		inspections.handle(staff("officer"), finding.id(), FindingCommand.ReportFix.typed("已补全发布机构",
				"/sites/demo-bureau/concerns/\nhttps://www.example.gov.cn/a.html"));
		assertThatThrownBy(() -> inspections.handle(staff("leader"), finding.id(), new FindingCommand.SignOff()))
			.as("the agency does not sign off the supervisor's finding itself")
			.isInstanceOf(DomainException.class);
		inspections.handle(staff("supervisor"), finding.id(), new FindingCommand.SignOff());
		FindingView closed = inspections.find(staff("officer"), finding.id());
		assertThat(closed.status()).isEqualTo(FindingStatus.CLOSED);
		assertThat(closed.evidenceLinks()).containsExactly("/sites/demo-bureau/concerns/",
				"https://www.example.gov.cn/a.html");
		assertThat(closed.overdue()).isFalse();
	}

	@Test
	void aSelfInspectionIsTheLeadersToRecordAndSignOff() {
		LocalDate today = LocalDate.now(clock);
		FindingView own = inspections.record(staff("leader"), new NewFinding("demo-bureau",
				FindingSource.SELF_INSPECTION, today, "栏目空白", "补充内容", today.plusDays(5), "张编辑"));
		inspections.handle(staff("officer"), own.id(), FindingCommand.ReportFix.typed("已补充", ""));
		inspections.handle(staff("leader"), own.id(), new FindingCommand.ReturnFix("内容不完整"));
		assertThat(inspections.find(staff("leader"), own.id()).returnedReason()).isEqualTo("内容不完整");
		assertThatThrownBy(() -> inspections.handle(staff("supervisor"), own.id(), new FindingCommand.SignOff()))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void theDailyWatchEscalatesAnOverdueFindingOnceAndTheCountsShowIt() {
		LocalDate today = LocalDate.now(clock);
		var hrss = agencies.findByCode("demo-hrss").orElseThrow();
		InteractionFigures.Findings before = statistics.forYear(hrss.id(), today.getYear()).findings();
		FindingView late = inspections.record(staff("supervisor"), new NewFinding("demo-hrss",
				FindingSource.QUARTERLY_INSPECTION, today.withDayOfYear(1).plusDays(1), "政策解读缺失", "补充解读",
				today.minusDays(1), "人社局办公室"));
		assertThat(watch.run(today)).isPositive();
		assertThat(inspections.find(staff("supervisor"), late.id()).escalatedOn()).isEqualTo(today);
		assertThat(watch.run(today)).as("nothing is raised twice").isZero();
		await().untilAsserted(() -> assertThat(jdbc.sql("""
				select count(*) from audit_entry where action = 'FINDING_ESCALATED' and subject = :subject""")
			.param("subject", "finding:" + late.id())
			.query(Long.class)
			.single()).isEqualTo(1));
		InteractionFigures.Findings after = statistics.forYear(hrss.id(), today.getYear()).findings();
		assertThat(after.found()).isEqualTo(before.found() + 1);
		assertThat(after.overdue()).isEqualTo(before.overdue() + 1);
		assertThat(after.fixed()).isEqualTo(before.fixed());
		assertThat(queries.overview(staff("supervisor")))
			.filteredOn(load -> load.agencyCode().equals("demo-hrss"))
			.singleElement()
			.satisfies(load -> assertThat(load.findingsOverdue()).isPositive());
	}

	@Test
	void theSupervisorSeesEveryAgencyBelowIt_anAgencyOnlyItself() {
		assertThat(queries.overview(staff("supervisor"))).extracting(AgencyLoad::agencyCode)
			.contains("demo-district", "demo-bureau", "demo-finance", "demo-education");
		assertThat(queries.overview(staff("officer"))).extracting(AgencyLoad::agencyCode)
			.containsExactly("demo-bureau");
		assertThat(queries.dueThisWeek(staff("finance-editor"))).extracting(DueItem::agencyName)
			.containsOnly("示例区财政局");
		assertThat(inspections.list(staff("supervisor"))).extracting(FindingView::status)
			.contains(FindingStatus.values());
		assertThat(inspections.list(staff("supervisor"))).anyMatch(f -> f.escalatedOn() != null);
		assertThat(inspections.list(staff("finance-editor"))).extracting(FindingView::agencyCode)
			.containsOnly("demo-finance");
	}

	@Test
	void trainingAndComplaintsAreKeptWithTheirHandling() {
		LocalDate today = LocalDate.now(clock);
		assertThatThrownBy(() -> records.addTraining(staff("officer"), "demo-bureau", today, "培训", 0, null))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("attendees"));
		records.addTraining(staff("officer"), "demo-bureau", today, "信息公开条例专题学习", 12, null);
		long complaint = records.addComplaint(staff("officer"), "demo-bureau", today, null, "申请答复超期");
		records.handleComplaint(staff("officer"), complaint, today, "已核实并督促答复");
		assertThatThrownBy(() -> records.handleComplaint(staff("officer"), complaint, today, "再次处理"))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> records.handleComplaint(staff("finance-editor"), complaint, today, "越权"))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
		assertThat(records.complaints(staff("officer"))).anyMatch(c -> "已核实并督促答复".equals(c.handling()));
		assertThat(records.training(staff("finance-editor"))).isEmpty();
	}

	private Staff staff(String username) {
		return StaffFixtures.principal(context, username).staff();
	}

}
