package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.gongkai.IntegrationTest;
import org.gongkai.audit.AuditLog;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reply and the extension as the use cases run them on PostgreSQL, in an agency of the test's own: the head of
 * the office finds the extension an officer asked for on their to-do list and approves it (the officer cannot); a
 * disclosure counts the files attached to it; the letters name the reconsideration body, the court and the contact
 * from the agency's settings, which are versioned and audited.
 */
@IntegrationTest
class RepliesAndExtensionsTests {

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestHandling handling;

	@Autowired
	RequestQueries queries;

	@Autowired
	RequestLetterSettings letterSettings;

	@Autowired
	RequestTransparency transparency;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	private static AgencyInfo agency;

	private Staff officer;

	private Staff leader;

	@BeforeEach
	void staff() {
		if (agency == null) {
			agency = agencies.ensureChild("demo-district",
					new NewAgency("replies-bureau", "示例区答复测试局", null, null, null));
			accounts.ensure(new NewStaffAccount("replies-officer", "答复专员", "Replies-Officer-2026", agency.code(),
					EnumSet.of(Role.OFFICER)));
			accounts.ensure(new NewStaffAccount("replies-leader", "答复主任", "Replies-Leader-2026", agency.code(),
					EnumSet.of(Role.LEADER)));
		}
		officer = StaffFixtures.principal(context, "replies-officer").staff();
		leader = StaffFixtures.principal(context, "replies-leader").staff();
	}

	@Test
	void theHeadOfTheOfficeApprovesTheExtensionFromTheToDoList() {
		LocalDate today = LocalDate.now(clock);
		RequestView request = register(back(today, 5));
		assertThat(request.assignedTo()).as("the registering officer handles it").isEqualTo("replies-officer");
		handling.act(officer, request.id(), new RequestCommand.RequestExtension(today, 15, "需要从档案室调取历年案卷"));

		assertThat(queries.extensionsAwaiting(leader)).extracting(RequestQueries.ExtensionAwaiting::requestId)
			.containsExactly(request.id());
		assertThat(queries.extensionsAwaiting(officer)).isEmpty();
		assertThatThrownBy(() -> handling.act(officer, request.id(),
				new RequestCommand.DecideExtension(today, true, null)))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_PERMITTED));

		RequestView approved = handling.act(leader, request.id(), new RequestCommand.DecideExtension(today, true, null));
		assertThat(approved.extensionDays()).isEqualTo(15);
		assertThat(approved.extensionApprovedOn()).isEqualTo(today);
		assertThat(approved.extensionApprovedBy()).isEqualTo("replies-leader");
		assertThat(approved.dueOn()).isEqualTo(calendar.addWorkingDays(back(today, 5), 35));
		assertThat(queries.extensionsAwaiting(leader)).isEmpty();
		assertThat(queries.timeline(officer, request.id())).extracting(RequestEvent::action)
			.containsSubsequence("REQUEST_EXTENSION", "APPROVE_EXTENSION");
		assertThat(queries.documents(officer, request.id())).extracting(RequestDocument::kind)
			.contains("EXTENSION_NOTICE");
		assertThat(transparency.deadline(officer, request.id()).steps())
			.filteredOn(step -> step.kind() == DeadlineExplanation.Kind.EXTENSION)
			.singleElement()
			.satisfies(step -> {
				assertThat(step.from()).as("dated on the approval").isEqualTo(today);
				assertThat(step.days()).isEqualTo(15);
			});
	}

	@Test
	void aDisclosureCountsTheFilesAttachedAndItsLetterNamesTheBodiesOfTheSettings() throws Exception {
		letterSettings.save(leader, agency.code(), new LetterSettings("示例区人民政府", "示例区人民法院", "答复专员",
				"027-88886001", null, 0, null, null));
		LetterSettings second = letterSettings.save(leader, agency.code(), new LetterSettings("示例区人民政府",
				"示例区人民法院", "答复专员", "027-88886002", "如需纸质件，请来电预约领取。", 0, null, null));
		assertThat(second.version()).isEqualTo(2);
		assertThat(letterSettings.of(officer, agency.code()).history()).hasSize(2);
		assertThat(letterSettings.of(officer, agency.code()).mayChange()).isFalse();
		assertThatThrownBy(() -> letterSettings.save(officer, agency.code(), second))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_PERMITTED));
		assertThat(audit.recent(20, Long.MAX_VALUE, List.of(agency.code())))
			.filteredOn(entry -> entry.action().equals("REQUEST_LETTER_SETTINGS_CHANGED"))
			.hasSize(2);

		LocalDate today = LocalDate.now(clock);
		RequestView request = register(back(today, 3));
		RequestCommand.Reply partial = new RequestCommand.Reply(today, Outcome.PARTIALLY_DISCLOSED, null,
				List.of(new WithheldPart("投诉人的姓名和电话", LegalBasis.ART15_THIRD_PARTY, "属于个人隐私")), null, null, 0);
		assertThatThrownBy(() -> handling.act(officer, request.id(), partial))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
				assertThat(e.field()).isEqualTo("provided");
			});
		assertThat(queries.find(officer, request.id()).status()).isEqualTo(RequestStatus.RECEIVED);

		byte[] pdf = new LetterRenderer(List.of()).pdf(new Letter(Letter.Kind.REPLY, "处理结果（公开部分）", "1", "张三",
				List.of("处理结果"), "示例区答复测试局", today));
		handling.attach(officer, request.id(), new Upload("file", "补正材料.pdf", pdf), true);
		assertThatThrownBy(() -> handling.act(officer, request.id(), partial))
			.as("material the applicant sent is not information provided")
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("provided"));
		handling.attach(officer, request.id(), new Upload("file", "处理结果（公开部分）.pdf", pdf));
		RequestView closed = handling.act(officer, request.id(), partial);
		assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
		assertThat(closed.filesAccepted()).isFalse();
		assertThatThrownBy(() -> handling.attach(officer, request.id(), new Upload("file", "补充.pdf", pdf)))
			.as("what is provided goes with the reply")
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
		assertThat(closed.withheld()).extracting(WithheldPart::basis).containsExactly(LegalBasis.ART15_THIRD_PARTY);

		RequestDocument letter = queries.documents(officer, request.id())
			.stream()
			.filter(d -> d.kind().equals("REPLY") && d.fileName().endsWith(".pdf"))
			.findFirst()
			.orElseThrow();
		String text = LettersTests.pdfText(queries.file(officer, request.id(), letter.id()).bytes());
		assertThat(text).contains("向示例区人民政府申请行政复议", "向示例区人民法院提起行政诉讼", "联系人：答复专员",
				"027-88886002", "如需纸质件，请来电预约领取。", "随本答复书提供的电子文件1份", "投诉人的姓名和电话", "第十五条");
	}

	@Test
	void theReplyPreviewSavesNothing() {
		LocalDate today = LocalDate.now(clock);
		RequestView request = register(back(today, 2));
		Letter preview = handling.preview(officer, request.id(), new RequestCommand.Reply(today,
				Outcome.UNAVAILABLE_NOT_HELD, "经检索档案系统和业务系统均未找到", List.of(), null, null, 0))
			.orElseThrow();
		assertThat(String.join("", preview.paragraphs())).contains("第三十六条第（四）项", "具体说明：经检索档案系统和业务系统均未找到。");
		assertThat(queries.find(officer, request.id()).status()).isEqualTo(RequestStatus.RECEIVED);
		assertThat(queries.documents(officer, request.id())).isEmpty();
	}

	private RequestView register(LocalDate receivedOn) {
		return intake.register(officer, agency.code(), Channel.IN_PERSON, receivedOn,
				new Application(ApplicantType.NATURAL_PERSON, "张三", Applicant.IdType.RESIDENT_ID_CARD, null,
						"13800138000", "zhangsan@example.com", "示例区人民路1号", null, null, "示例区某局2025年投诉处理结果",
						null, DeliveryMethod.EMAIL, false));
	}

	private LocalDate back(LocalDate today, int workingDays) {
		LocalDate day = today;
		while (calendar.workingDaysBetween(day, today) < workingDays) {
			day = day.minusDays(1);
		}
		return day;
	}

}
