package org.gongkai.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.publishing.DisclosureGuide;
import org.gongkai.publishing.DisclosureGuides;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.publishing.Draft;
import org.gongkai.publishing.Validity;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Documents for the demo. 示例区某局 published 41 items in 2025 across 财政预决算, 建议提案办理, 工作动态, 回应关切 and
 * 政府采购, and has one normative document in force, issued in 2023 — the figures of its 2025 annual report
 * (../shared/seed). Recent news keeps its portal fresh, and one submitted draft shows the confidentiality check.
 */
@Component
class DemoPublications {

	private static final String[] NEWS = { "召开{m}月份工作例会", "开展政务公开进社区宣传活动", "组织{m}月份干部职工业务培训",
			"开展安全生产大检查", "召开党风廉政建设专题会议", "开展“政务公开日”开放活动", "推进政务服务事项标准化工作",
			"开展{m}月份信息公开自查", "召开优化营商环境座谈会", "组织志愿服务进社区活动", "开展保密知识专题学习", "召开半年工作总结会" };

	private final DocumentDesk desk;

	private final DisclosureGuides guides;

	private final AgencyDirectory agencies;

	private final UserDetailsService staff;

	private final Clock clock;

	DemoPublications(DocumentDesk desk, DisclosureGuides guides, AgencyDirectory agencies, UserDetailsService staff,
			Clock clock) {
		this.desk = desk;
		this.guides = guides;
		this.agencies = agencies;
		this.staff = staff;
		this.clock = clock;
	}

	void seed() {
		AgencyInfo bureau = agencies.findByCode(DemoData.BUREAU).orElseThrow();
		for (int month = 1; month <= 12; month++) {
			for (int i = 0; i < 2; i++) {
				String title = "示例区某局" + NEWS[(month * 2 + i) % NEWS.length].replace("{m}", Integer.toString(month));
				add(bureau, "news", title, "本局" + title.substring(5) + "，相关科室负责人参加。", LocalDate.of(2025, month, 8 + i * 12));
			}
		}
		List.of("示例区某局2025年部门预算公开", "示例区某局2024年部门决算公开", "示例区某局2025年“三公”经费预算情况说明",
				"示例区某局2024年“三公”经费决算情况说明")
			.forEach(title -> add(bureau, "budgets", title, title + "。详见附表。", LocalDate.of(2025, title.contains("决算") ? 8 : 2, 20)));
		List.of("关于市政协十届三次会议第0126号提案的会办意见", "关于区政协九届四次会议第0058号提案的会办意见",
				"示例区某局2025年建议提案办理工作方案", "示例区某局关于2025年度人大代表建议和政协提案办理情况的总结")
			.forEach(title -> add(bureau, "proposals", title, title + "。", LocalDate.of(2025, title.contains("总结") ? 12 : 6, 16)));
		List.of("示例区某局2025年政府采购意向公开（第一批）", "示例区某局2025年政府采购意向公开（第二批）", "示例区某局办公设备采购项目成交公告",
				"示例区某局2025年政府采购预算执行情况")
			.forEach(title -> add(bureau, "procurement", title, title + "。", LocalDate.of(2025, title.contains("第二批") ? 7 : 3, 12)));
		List.of("关于群众反映办事窗口排队时间长问题的回应", "关于网民咨询政府信息公开申请渠道的答复", "关于某小区路灯维修问题的回应",
				"关于企业反映证明材料过多问题的回应", "关于网民建议延长服务时间的答复")
			.forEach(title -> add(bureau, "concerns", title, title + "。我局高度重视，已组织核实并整改。",
					LocalDate.of(2025, 4 + title.length() % 6, 22)));
		desk.importPublished(bureau.id(), new Draft("normative-documents", "示例区某局关于规范政务信息发布工作的规定",
				"第一条 为规范政务信息发布工作，制定本规定。\n第二条 本规定自发布之日起施行，有效期五年。", "规范政务信息发布的审核、发布和撤销",
				"规范性文件", "规定", null, "示例区某规〔2023〕1号", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 1),
				Validity.VALID), LocalDate.of(2023, 6, 5));

		LocalDate today = LocalDate.now(clock);
		for (int back : new int[] { 3, 9, 20 }) {
			add(bureau, "news", "示例区某局开展“" + (back == 3 ? "12345热线" : back == 9 ? "政务开放日" : "一网通办") + "”专项工作",
					"本局组织开展专项工作，推动政务服务提质增效。", today.minusDays(back));
		}
		AgencyInfo finance = agencies.findByCode("demo-finance").orElseThrow();
		add(finance, "budgets", "示例区2025年区级财政预算及执行情况", "2025年区级一般公共预算收入安排……", LocalDate.of(2025, 2, 18));
		add(finance, "budgets", "示例区2024年区级财政决算", "2024年区级一般公共预算收入完成……", LocalDate.of(2025, 8, 28));
		add(finance, "news", "示例区财政局开展预算绩效管理培训", "为提升预算绩效管理水平……", today.minusDays(5));

		var editor = ((StaffPrincipal) staff.loadUserByUsername("editor")).staff();
		DisclosureGuide template = DisclosureGuide.template(bureau.name());
		guides.save(editor, DemoData.BUREAU, new DisclosureGuide(template.classification(), template.arrangement(),
				template.howToObtain(), template.officeName(), "示例区人民路1号政务中心4楼", template.officeHours(),
				"000-60580000", "000-60580001", "gongkai@example.gov.cn"));
		long draft = desk.create(editor, DemoData.BUREAU, new Draft("concerns", "关于张某反映低保待遇问题的回应",
				"经核实，张某（身份证号11010519491231002X，电话13800138000）符合低保条件，已于本月纳入保障范围。", null, null, null, null,
				null, null, today, Validity.VALID));
		desk.submit(editor, draft);
	}

	private void add(AgencyInfo agency, String column, String title, String body, LocalDate publishedOn) {
		desk.importPublished(agency.id(), new Draft(column, title, body, null, null, null, null, null, publishedOn,
				publishedOn, Validity.VALID), publishedOn);
	}

}
