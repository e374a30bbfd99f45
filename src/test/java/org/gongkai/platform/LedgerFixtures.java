package org.gongkai.platform;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.IntegrationTest;
import org.gongkai.appeals.AppealKind;
import org.gongkai.appeals.Appeals;
import org.gongkai.appeals.NewAppeal;
import org.gongkai.assistant.ServiceItem;
import org.gongkai.assistant.ServiceItems;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyLevel;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.interaction.ConsultationDesk;
import org.gongkai.interaction.FindingSource;
import org.gongkai.interaction.Inspections;
import org.gongkai.interaction.NewFinding;
import org.gongkai.interaction.NewProposal;
import org.gongkai.interaction.ProposalDesk;
import org.gongkai.interaction.ProposalKind;
import org.gongkai.interaction.ProposalRole;
import org.gongkai.interaction.Question;
import org.gongkai.publishing.NormativeKind;
import org.gongkai.publishing.NormativeLedger;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of the nine ledgers moved onto the shared query form (issue 19), in an agency of the tests' own: for each
 * ledger {@value #COUNT} rows (the users' ledger one more: the tests' own account), {@value #MARKED} of them with
 * {@value #MARK} in the text the query looks for, each on a day of its own; every phone number is {@value #PHONE},
 * which no list or export may show whole. Made once per database.
 */
public final class LedgerFixtures {

	public static final String AGENCY = "ledgers2-bureau";

	public static final String STAFF = "ledgers2-staff";

	public static final String MARK = "台账二标记";

	public static final String PHONE = "13912345678";

	public static final int COUNT = 5;

	public static final int MARKED = 3;

	private LedgerFixtures() {
	}

	/** Makes the rows (once) and answers the tests' account: ADMIN, OFFICER, EDITOR, REVIEWER and LEADER of it. */
	public static synchronized StaffPrincipal ensure(ApplicationContext context) {
		AgencyInfo agency = context.getBean(AgencyAdministration.class)
			.ensureChild("demo-district", new NewAgency(AGENCY, "台账二测试局", "demo-district",
					CreditCodes.of(AGENCY), AgencyLevel.BUREAU));
		StaffAccounts accounts = context.getBean(StaffAccounts.class);
		accounts.ensure(new NewStaffAccount(STAFF, "台账二管理员", IntegrationTest.PASSWORD, AGENCY,
				Set.of(Role.ADMIN, Role.OFFICER, Role.EDITOR, Role.REVIEWER, Role.LEADER)));
		StaffPrincipal principal = StaffFixtures.principal(context, STAFF);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		if (jdbc.sql("select count(*) from appeal where agency_id = :id")
			.param("id", agency.id().value())
			.query(Long.class)
			.single() > 0) {
			return principal;
		}
		Staff staff = principal.staff();
		LocalDate today = LocalDate.now(Beijing.ZONE);
		for (int i = 1; i <= COUNT; i++) {
			String text = (i % 2 == 1 ? MARK : "其他") + " 第" + i + "件";
			LocalDate day = today.minusDays(i);
			accounts.ensure(new NewStaffAccount("ledgers2-user-" + i, text, IntegrationTest.PASSWORD, AGENCY,
					Set.of(Role.OFFICER)));
			context.getBean(ConsultationDesk.class)
				.register(staff, AGENCY, new Question("咨询人" + i, PHONE, null, text, "请问" + text, false), day);
			context.getBean(ProposalDesk.class)
				.register(staff, AGENCY, new NewProposal(ProposalKind.DEPUTY_SUGGESTION, "L2-" + i, text, "代表" + i,
						"人大选联工委", day, false, ProposalRole.LEAD));
			context.getBean(Inspections.class)
				.record(staff, new NewFinding(AGENCY, FindingSource.SELF_INSPECTION, day, text, "限期整改",
						today.plusDays(10 + i), "责任人" + i));
			context.getBean(Appeals.class)
				.register(staff, AGENCY, new NewAppeal(AppealKind.RECONSIDERATION, text, day, null, null));
			context.getBean(NormativeLedger.class)
				.issue(agency.id(), NormativeKind.NORMATIVE_DOCUMENT, text, "台二规〔2026〕" + i + "号", day, null,
						null, "ledgers2-" + i);
			context.getBean(ServiceItems.class)
				.save(staff, AGENCY, new ServiceItem("L2-ITEM-" + i, text, "办证科", "依据", "条件", List.of("身份证"),
						"流程", "1个工作日", "不收费", "大厅", "工作日", "0731-1234567", List.of(), List.of()), true);
			Timestamp at = Timestamp.from(day.atTime(10, 0).atZone(Beijing.ZONE).toInstant());
			jdbc.sql("""
					insert into assistant_question (agency_code, conversation_id, question, answered, answer, score,
					  latency_ms, asked_at)
					values (:agency, :conversation, :question, true, '答', 0.5, 10, :at)""")
				.param("agency", AGENCY)
				.param("conversation", "ledgers2-" + i)
				.param("question", text)
				.param("at", at)
				.update();
			jdbc.sql("""
					insert into assistant_handoff (agency_code, conversation_id, question, conversation, name,
					  contact, created_at)
					values (:agency, :conversation, :question, '对话', :name, :contact, :at)""")
				.param("agency", AGENCY)
				.param("conversation", "ledgers2-" + i)
				.param("question", text)
				.param("name", "来电人" + i)
				.param("contact", PHONE)
				.param("at", at)
				.update();
		}
		return principal;
	}

}
