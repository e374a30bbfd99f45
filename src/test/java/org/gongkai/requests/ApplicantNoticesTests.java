package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An applicant who gave an e-mail address hears of each public step in the step's own transaction: what happened
 * and when, what comes next and by when — never the query code again, nor anything internal.
 */
@IntegrationTest
class ApplicantNoticesTests {

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestHandling handling;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void eachPublicStepIsMailedWithWhatComesNext() {
		AgencyInfo agency = agencies.ensureChild("demo-district",
				new NewAgency("demo-notices", "示例区办理进度通知测试局", null, null, null));
		Staff officer = new Staff(-1, "notices-officer", agency.id(), agency.code(), agency.path(),
				Set.of(Role.OFFICER));
		Submitted submitted = intake.submitOnline(agency.code(), new Application(ApplicantType.NATURAL_PERSON, "赵六",
				Applicant.IdType.RESIDENT_ID_CARD, "11010519491231002X", "13800138000", "notices.zhaoliu@example.com",
				"示例区人民路3号", null, null, "示例区2026年公共自行车运营补贴资金", null, DeliveryMethod.EMAIL, false),
				List.of());
		long id = jdbc.sql("select id from disclosure_request where tracking_number = :t")
			.param("t", submitted.trackingNumber())
			.query(Long.class)
			.single();
		LocalDate today = LocalDate.now(clock);
		SentEarlier.on(jdbc, id, today.minusDays(3));
		handling.act(officer, id, new RequestCommand.ConfirmReceipt(today.minusDays(3)));
		handling.act(officer, id, new RequestCommand.RequestClarification(today.minusDays(1),
				"请写明补贴资金的发放年度和区域。", 10));

		List<String> bodies = jdbc.sql("select body from outgoing_mail where subject like :t order by id")
			.param("t", "%" + submitted.trackingNumber())
			.query(String.class)
			.list();
		assertThat(bodies).hasSize(3);
		assertThat(bodies.get(0)).as("the receipt of the submission").contains(submitted.queryCode());
		assertThat(bodies.get(1)).contains("确认收到申请", submitted.trackingNumber(), "下一步：行政机关作出答复，最迟")
			.doesNotContain(submitted.queryCode()).doesNotContain("notices-officer");
		assertThat(bodies.get(2)).contains("告知补正", "下一步：请您于").contains("前补正")
			.doesNotContain(submitted.queryCode());

		long inPerson = intake.register(officer, agency.code(), Channel.IN_PERSON, today.minusDays(2),
				new Application(ApplicantType.NATURAL_PERSON, "钱七", null, null, null, null, null, null, null,
						"示例区2026年公共自行车站点分布", null, DeliveryMethod.IN_PERSON, false))
			.id();
		handling.act(officer, inPerson, new RequestCommand.Reply(today, Outcome.DISCLOSED, null, List.of(),
				"示例区公共自行车服务网“站点分布”页面", null, 0));
		assertThat(jdbc.sql("select count(*) from outgoing_mail where body like '%钱七%'").query(Long.class).single())
			.as("no address, no mail").isZero();
	}

}
