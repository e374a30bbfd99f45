package org.gongkai.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.publishing.PublicationCandidates;
import org.gongkai.requests.Applicant;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Application;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.FeeSchedule;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestCommand;
import org.gongkai.requests.RequestHandling;
import org.gongkai.requests.RequestIntake;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Applications for the demo, dated from the day of the first start so that the worklist shows every state, some due
 * soon and some overdue. 示例区某局 has none before this year (its 2025 report says it received none); 示例区财政局 has
 * applications across 2024–2026, some carried over from one year into the next.
 */
@Component
class DemoRequests {

	private final RequestIntake intake;

	private final RequestHandling handling;

	private final UserDetailsService staff;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final PublicationCandidates candidates;

	DemoRequests(RequestIntake intake, RequestHandling handling, UserDetailsService staff,
			WorkingDayCalendar calendar, Clock clock, PublicationCandidates candidates) {
		this.candidates = candidates;
		this.intake = intake;
		this.handling = handling;
		this.staff = staff;
		this.calendar = calendar;
		this.clock = clock;
	}

	void seed() {
		LocalDate today = LocalDate.now(clock);
		Staff officer = staff("officer");
		Staff leader = staff("leader");
		Staff financeOfficer = staff("finance-editor");

		intake.submitOnline("demo-bureau", person("陈晓明", "11010519491231002X", "13800138001",
				"2026年示例区老旧小区改造项目清单及资金安排", DeliveryMethod.EMAIL), List.of());
		register(officer, "demo-bureau", back(today, 18),
				person("刘芳", null, "13800138002", "示例区某局2026年度政府采购意向公开目录", DeliveryMethod.EMAIL));
		register(officer, "demo-bureau", back(today, 22),
				company("示例建设工程有限公司", "91350100M000100Y43", "某道路改造工程的施工许可批复文件"));
		long clarify = register(officer, "demo-bureau", back(today, 5),
				person("孙伟", null, "13800138003", "关于那个补贴的文件", DeliveryMethod.POST));
		act(officer, clarify, new RequestCommand.RequestClarification(back(today, 3),
				"1. 请写明补贴的名称或发文字号；2. 请写明所需信息的时间范围。", 15));
		long consult = register(officer, "demo-bureau", back(today, 10),
				company("示例环保科技有限公司", "91350100M000100Y43", "某企业排污许可证申请材料中的监测数据"));
		act(officer, consult, new RequestCommand.StartConsultation(back(today, 4), "示例化工有限公司（材料提交方）"));
		long fee = register(officer, "demo-bureau", back(today, 8),
				person("周强", null, "13800138004", "2016年至2025年全部会议纪要", DeliveryMethod.POST));
		act(officer, fee, new RequestCommand.SendFeeNotice(back(today, 2), FeeSchedule.PER_PAGE, 140,
				new BigDecimal("1500")));
		long extended = register(officer, "demo-bureau", back(today, 19),
				person("吴敏", null, "13800138005", "示例区某局2020年以来的行政处罚决定书", DeliveryMethod.EMAIL));
		act(leader, extended, new RequestCommand.Extend(back(today, 1), 20, "涉及档案调阅，需要较长时间检索"));
		// Clarified (the clock restarted, OGI art. 30), then paused for a consultation (art. 32, 33 ¶3): the due
		// date's explanation shows both.
		long clarifiedAndPaused = register(officer, "demo-bureau", back(today, 32),
				person("何静", null, "13800138009", "示例区某局关于某小区加装电梯补助的审批材料", DeliveryMethod.EMAIL));
		act(officer, clarifiedAndPaused, new RequestCommand.RequestClarification(back(today, 30),
				"请写明小区名称和申请补助的年度。", 10));
		act(officer, clarifiedAndPaused, new RequestCommand.RecordClarification(back(today, 26)));
		act(officer, clarifiedAndPaused,
				new RequestCommand.StartConsultation(back(today, 22), "示例物业服务有限公司（申请材料提交方）"));
		act(officer, clarifiedAndPaused, new RequestCommand.EndConsultation(back(today, 12)));
		long disclosed = register(officer, "demo-bureau", back(today, 30),
				person("郑丽", null, "13800138006", "示例区某局2025年部门决算", DeliveryMethod.EMAIL));
		act(officer, disclosed, new RequestCommand.Reply(back(today, 16), Outcome.DISCLOSED));
		// OGI art. 44: three applicants were given the same final accounts, which the editor drafted for proactive
		// publication (DemoData); two were given the same tender documents, which wait for the editor's decision.
		for (String[] again : new String[][] { { "钱进", "13800138010", "请公开示例区某局2025年度部门决算", "34", "20" },
				{ "冯雪", "13800138011", "示例区某局2025年部门决算及说明", "28", "14" } }) {
			long same = register(officer, "demo-bureau", back(today, Integer.parseInt(again[3])),
					person(again[0], null, again[1], again[2], DeliveryMethod.EMAIL));
			act(officer, same, new RequestCommand.Reply(back(today, Integer.parseInt(again[4])), Outcome.DISCLOSED));
		}
		for (String[] tender : new String[][] { { "蒋涛", "13800138012", "示例区2026年城市道路维修工程招标文件和中标结果", "45", "30" },
				{ "沈洁", "13800138013", "2026年城市道路维修工程的招标文件及中标结果", "38", "24" } }) {
			long asked = register(officer, "demo-bureau", back(today, Integer.parseInt(tender[3])),
					person(tender[0], null, tender[1], tender[2], DeliveryMethod.EMAIL));
			act(officer, asked, new RequestCommand.Reply(back(today, Integer.parseInt(tender[4])), Outcome.DISCLOSED));
		}
		long partial = register(officer, "demo-bureau", back(today, 40),
				company("示例律师事务所", null, "某投诉举报的处理结果"));
		act(officer, partial,
				new RequestCommand.Reply(back(today, 25), Outcome.PARTIALLY_DISCLOSED));

		long carried = register(financeOfficer, "demo-finance", LocalDate.of(2024, 12, 20),
				person("黄磊", null, "13800138007", "2024年示例区财政预算执行情况", DeliveryMethod.EMAIL));
		act(financeOfficer, carried,
				new RequestCommand.Reply(LocalDate.of(2025, 1, 15), Outcome.DISCLOSED));
		long notHeld = register(financeOfficer, "demo-finance", LocalDate.of(2025, 3, 10),
				person("林静", null, "13800138008", "某街道2019年专项资金明细", DeliveryMethod.EMAIL));
		act(financeOfficer, notHeld, new RequestCommand.Reply(LocalDate.of(2025, 3, 28), Outcome.UNAVAILABLE_NOT_HELD));
		long intoNextYear = register(financeOfficer, "demo-finance", LocalDate.of(2025, 12, 22),
				company("示例研究院", null, "2025年示例区政府债务情况"));
		act(financeOfficer, intoNextYear,
				new RequestCommand.Reply(LocalDate.of(2026, 1, 16), Outcome.DISCLOSED));

		Staff editor = staff("editor");
		candidates.list(editor)
			.stream()
			.filter(candidate -> candidate.description().contains("部门决算"))
			.findFirst()
			.ifPresent(candidate -> candidates.accept(editor, candidate.anchorId()));
	}

	private long register(Staff officer, String agency, LocalDate receivedOn, Application application) {
		return intake.register(officer, agency, Channel.IN_PERSON, receivedOn, application).id();
	}

	private void act(Staff actor, long id, RequestCommand command) {
		handling.act(actor, id, command);
	}

	/** The day {@code workingDays} working days before today. */
	private LocalDate back(LocalDate today, int workingDays) {
		LocalDate day = today;
		while (calendar.workingDaysBetween(day, today) < workingDays) {
			day = day.minusDays(1);
		}
		return day;
	}

	private Staff staff(String username) {
		return ((StaffPrincipal) staff.loadUserByUsername(username)).staff();
	}

	private static Application person(String name, String idNumber, String phone, String description,
			DeliveryMethod delivery) {
		return new Application(ApplicantType.NATURAL_PERSON, name,
				idNumber == null ? null : Applicant.IdType.RESIDENT_ID_CARD, idNumber, phone,
				"applicant@example.com", "示例区人民路100号", null, null,
				description, null, delivery, false);
	}

	private static Application company(String name, String creditCode, String description) {
		ApplicantType type = name.contains("律师") ? ApplicantType.LEGAL_SERVICE_AGENCY
				: name.contains("研究院") ? ApplicantType.RESEARCH_INSTITUTION : ApplicantType.COMMERCIAL_ENTERPRISE;
		return new Application(type, name, null, null, "027-88886666", "office@example.com", "示例区科技路8号",
				creditCode, "法定代表人", description, null, DeliveryMethod.EMAIL, false);
	}

}
