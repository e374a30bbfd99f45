package org.gongkai.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.publishing.DocumentCommand;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.publishing.Draft;
import org.gongkai.publishing.InterpretationForm;
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

	private final DemoGuides guides;

	private final AgencyDirectory agencies;

	private final UserDetailsService staff;

	private final Clock clock;

	DemoPublications(DocumentDesk desk, DemoGuides guides, AgencyDirectory agencies, UserDetailsService staff,
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
				Validity.VALID).withCarriers(OFFICIAL), LocalDate.of(2023, 6, 5));

		LocalDate today = LocalDate.now(clock);
		for (int back : new int[] { 3, 9, 20 }) {
			add(bureau, "news", "示例区某局开展“" + (back == 3 ? "12345热线" : back == 9 ? "政务开放日" : "一网通办") + "”专项工作",
					"本局组织开展专项工作，推动政务服务提质增效。", today.minusDays(back));
		}
		seedOtherAgencies(today);

		var editor = ((StaffPrincipal) staff.loadUserByUsername("editor")).staff();
		guides.seed(editor);
		long draft = desk.create(editor, DemoData.BUREAU, new Draft("concerns", "关于张某反映低保待遇问题的回应",
				"经核实，张某（身份证号11010519491231002X，电话13800138000）符合低保条件，已于本月纳入保障范围。", null, null, null, null,
				null, null, today, Validity.VALID));
		desk.review(editor, draft, new DocumentCommand.Submit());
		publishWithTable(editor, today);
		deskWork(editor, today);
	}

	/**
	 * What the editor's and the reviewer's dashboards show (issue 18): a draft being written, one sent back with the
	 * reviewer's comment, and a correction of a published notice waiting for review with its difference from the
	 * live version.
	 */
	private void deskWork(org.gongkai.identity.Staff editor, LocalDate today) {
		var reviewer = ((StaffPrincipal) staff.loadUserByUsername("reviewer")).staff();
		desk.create(editor, DemoData.BUREAU, new Draft("news", "示例区某局开展冬季安全生产大检查",
				"为做好冬季安全生产工作，本局组织开展安全生产大检查。", null, "安全生产、冬季检查", null, null, null, null, today,
				Validity.VALID));
		long sentBack = desk.create(editor, DemoData.BUREAU, new Draft("news", "示例区某局召开政务公开工作推进会",
				"会议总结了今年政务公开工作，部署了下一阶段任务。", null, null, null, null, null, null, today.minusDays(1),
				Validity.VALID));
		desk.review(editor, sentBack, new DocumentCommand.Submit());
		desk.review(reviewer, sentBack, new DocumentCommand.Reject("请补充会议时间、地点和参会单位。"));
		LocalDate noticed = today.minusDays(12);
		Draft notice = new Draft("news", "示例区某局关于政务服务大厅调整服务时间的通知",
				"自" + noticed.getMonthValue() + "月" + noticed.getDayOfMonth() + "日起，政务服务大厅服务时间调整为工作日9:00至17:00。\n"
						+ "咨询电话：000-60580000。",
				null, "服务时间", null, null, null, null, noticed, Validity.VALID)
			.withCarriers(List.of("政府网站", "政务服务中心"));
		long corrected = desk.create(editor, DemoData.BUREAU, notice);
		desk.review(editor, corrected, new DocumentCommand.Submit());
		desk.review(reviewer, corrected, new DocumentCommand.Publish(null, null));
		desk.update(editor, corrected, new Draft(notice.columnCode(), notice.title(),
				"自" + noticed.getMonthValue() + "月" + noticed.getDayOfMonth() + "日起，政务服务大厅服务时间调整为工作日8:30至17:30，"
						+ "中午不休息。\n咨询电话：000-60580000。",
				null, "服务时间、政务服务大厅", null, null, null, null, noticed, Validity.VALID)
			.withCarriers(List.of("政府网站", "两微一端", "政务服务中心")));
		desk.review(editor, corrected, new DocumentCommand.Submit());
	}

	/**
	 * The other agencies of 示例区 publish what such agencies publish: the district government its normative
	 * documents with an interpretation and its plan, the finance bureau the budgets, the others their own business
	 * and news, so that every portal page has real-looking content and the freshness dashboard has something to judge.
	 */
	private void seedOtherAgencies(LocalDate today) {
		AgencyInfo district = agencies.findByCode(DemoData.DISTRICT).orElseThrow();
		long rules = desk.importPublished(district.id(), new Draft("normative-documents",
				"示例区人民政府关于印发《示例区政府信息公开工作规定》的通知",
				"各街道办事处，区政府各部门：\n现将《示例区政府信息公开工作规定》印发给你们，请认真贯彻执行。\n"
						+ "第一条 为保障公民、法人和其他组织依法获取政府信息，根据《中华人民共和国政府信息公开条例》，结合本区实际，制定本规定。\n"
						+ "第二条 区政府各部门应当在政府信息形成或者变更之日起20个工作日内主动公开。\n第三条 本规定自印发之日起施行，有效期5年。",
				"明确主动公开、依申请公开和监督保障的工作要求", "政府信息公开", "规范性文件", null, "示例区政规〔2024〕2号",
				LocalDate.of(2024, 3, 15), LocalDate.of(2024, 3, 15), Validity.VALID).withCarriers(OFFICIAL),
				LocalDate.of(2024, 3, 20));
		desk.importInterpretation(district.id(), new Draft("interpretations",
				"《示例区政府信息公开工作规定》政策解读",
				"一、制定背景\n为落实新修订的《中华人民共和国政府信息公开条例》，规范全区政府信息公开工作。\n"
						+ "二、主要内容\n规定共十五条，明确了主动公开的时限、依申请公开的办理流程和监督保障措施。\n"
						+ "三、解读机关及联系方式\n示例区人民政府办公室，联系电话：000-60580000。",
				null, "政策解读", "解读", null, null, null, LocalDate.of(2024, 3, 20), Validity.VALID),
				LocalDate.of(2024, 3, 20), rules, InterpretationForm.TEXT);
		add(district, "plans", "示例区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
				"纲要明确了示例区“十四五”时期经济社会发展的主要目标、重点任务和保障措施。", LocalDate.of(2021, 3, 30));
		add(district, "plans", "示例区2026年政务公开工作要点", "围绕优化营商环境、保障和改善民生，做好政策文件公开和解读回应工作。",
				today.minusMonths(7));
		add(district, "rules", "示例区政府信息公开保密审查办法", "各单位公开政府信息前，应当依照法律法规和国家有关规定对拟公开的政府信息进行审查。",
				LocalDate.of(2024, 5, 10));
		add(district, "functions", "示例区人民政府办公室主要职责", "负责区政府日常工作的综合协调，负责全区政务公开工作的组织协调和监督指导。",
				LocalDate.of(2024, 1, 8));
		add(district, "news", "示例区召开2026年第三季度政务公开工作推进会", "会议通报了第三季度政府网站和政务新媒体检查情况，部署了下一阶段重点工作。",
				today.minusDays(11));
		add(district, "news", "示例区开展政务公开“开放日”活动", "邀请市民代表走进区政务服务中心，体验“一网通办”服务。", today.minusDays(2));

		AgencyInfo finance = agencies.findByCode("demo-finance").orElseThrow();
		add(finance, "budgets", "示例区2025年区级财政预算及执行情况", "2025年区级一般公共预算收入安排……", LocalDate.of(2025, 2, 18));
		add(finance, "budgets", "示例区2024年区级财政决算", "2024年区级一般公共预算收入完成……", LocalDate.of(2025, 8, 28));
		add(finance, "budgets", "示例区2026年区级财政预算", "2026年区级一般公共预算收入安排32.6亿元，比上年增长4.5%。", LocalDate.of(2026, 2, 16));
		add(finance, "procurement", "示例区财政局关于做好2026年政府采购意向公开工作的通知",
				"各预算单位应当在采购活动开始前30日公开采购意向。", LocalDate.of(2026, 1, 9));
		add(finance, "news", "示例区财政局开展预算绩效管理培训", "为提升预算绩效管理水平，组织各预算单位财务人员开展专题培训。", today.minusDays(5));

		AgencyInfo education = agencies.findByCode("demo-education").orElseThrow();
		add(education, "other-documents", "示例区2026年义务教育阶段学校招生入学工作实施方案",
				"坚持免试就近入学原则，小学一年级招生对象为2019年9月1日至2020年8月31日出生的适龄儿童。", LocalDate.of(2026, 4, 28));
		add(education, "news", "示例区教育局开展秋季开学安全大检查", "对全区中小学校舍、食堂、校车进行全面检查。", LocalDate.of(2026, 8, 26));
		add(education, "personnel", "示例区2026年公开招聘中小学教师拟聘用人员公示", "公示期为5个工作日。", LocalDate.of(2026, 7, 20));

		AgencyInfo hrss = agencies.findByCode("demo-hrss").orElseThrow();
		add(hrss, "enforcement", "示例区人力资源和社会保障局行政处罚决定书（示人社罚〔2026〕3号）",
				"某建筑公司未按规定支付劳动者工资，依法作出罚款决定。", LocalDate.of(2026, 6, 12));
		add(hrss, "news", "示例区举办2026年秋季高校毕业生专场招聘会", "120家企业提供岗位2600余个。", today.minusDays(16));

		AgencyInfo market = agencies.findByCode("demo-market").orElseThrow();
		add(market, "enforcement", "示例区市场监督管理局2026年第三季度食品安全监督抽检信息公告",
				"本季度共抽检食品样品320批次，合格315批次，不合格样品已依法处置。", LocalDate.of(2026, 10, 15));
		add(market, "concerns", "关于消费者反映预付卡退费难问题的回应", "我局已约谈相关经营者，督促其依法退费。", today.minusDays(30));
	}

	/**
	 * A document with a real spreadsheet attached, written, submitted and approved through the review like any
	 * other (published this year, so the 2025 figures of the seed report are untouched).
	 */
	private void publishWithTable(org.gongkai.identity.Staff editor, LocalDate today) {
		var reviewer = ((StaffPrincipal) staff.loadUserByUsername("reviewer")).staff();
		long id = desk.create(editor, DemoData.BUREAU, new Draft("procurement", "示例区某局2026年第四季度政府采购意向公开",
				"为便于供应商及时了解政府采购信息，现将本局2026年第四季度政府采购意向公开如下，详见附件。", null, "政府采购,采购意向", "公告",
				null, null, null, today.minusDays(1), Validity.VALID));
		desk.attach(editor, id, "2026年第四季度政府采购意向表.xlsx", procurementTable());
		desk.review(editor, id, new DocumentCommand.Submit());
		desk.review(reviewer, id, new DocumentCommand.Publish(null, null));
	}

	private static byte[] procurementTable() {
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = new java.io.ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("采购意向");
			String[][] rows = { { "序号", "采购项目名称", "采购需求概况", "预算金额（万元）", "预计采购时间" },
					{ "1", "办公设备采购", "台式计算机20台、打印机5台", "18.5", "2026年11月" },
					{ "2", "政务公开宣传服务", "政务公开日活动策划与宣传品制作", "6.8", "2026年12月" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private void add(AgencyInfo agency, String column, String title, String body, LocalDate publishedOn) {
		desk.importPublished(agency.id(), new Draft(column, title, body, null, null, null, null, null, publishedOn,
				publishedOn, Validity.VALID).withCarriers(carriers(column)), publishedOn);
	}

	/** Normative documents and rules: on the portal, in the 政府公报 and at the 公开查阅点. */
	private static final List<String> OFFICIAL = List.of("政府网站", "政府公报", "公开查阅点");

	/** The carriers (公开渠道和载体) such a column's documents go out through, as agencies use them. */
	private static List<String> carriers(String column) {
		return switch (column) {
			case "news", "concerns", "personnel" -> List.of("政府网站", "两微一端");
			case "budgets" -> List.of("政府网站", "公开查阅点");
			case "rules", "normative-documents" -> OFFICIAL;
			case "plans" -> List.of("政府网站", "政府公报");
			default -> List.of("政府网站");
		};
	}

}
