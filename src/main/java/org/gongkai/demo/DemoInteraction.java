package org.gongkai.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.interaction.ConsultationCommand;
import org.gongkai.interaction.ConsultationDesk;
import org.gongkai.interaction.FindingCommand;
import org.gongkai.interaction.FindingSource;
import org.gongkai.interaction.Inspections;
import org.gongkai.interaction.NewFinding;
import org.gongkai.interaction.NewProposal;
import org.gongkai.interaction.OutcomeClass;
import org.gongkai.interaction.ProposalCommand;
import org.gongkai.interaction.ProposalDesk;
import org.gongkai.interaction.ProposalKind;
import org.gongkai.interaction.ProposalRole;
import org.gongkai.interaction.Question;
import org.gongkai.interaction.Satisfaction;
import org.gongkai.interaction.SupervisionRecords;
import org.gongkai.publishing.DocumentCommand;
import org.gongkai.publishing.DocumentDesk;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Consultations, proposals, findings, training and complaints for the demo, in every state, dated back from today:
 * a year of consultations across the bureaus for the charts; in 示例区某局 answered, late, forwarded, petition,
 * rejected, open, overdue and one past the 3-month limit; proposals of both kinds and roles (the two CPPCC proposals
 * it co-handled in 2025, as its report says); findings open, overdue, reported, returned and signed off.
 */
@Component
class DemoInteraction {

	/** The bureaus without demo staff of their own: their questions come in through the portal today. */
	private static final String[] OTHER_BUREAUS = { "demo-education", "demo-hrss", "demo-market" };

	private static final String[][] QUESTIONS = { { "政府信息公开申请渠道", "请问如何向贵单位申请公开政府信息？可以网上提交吗？" },
			{ "办事时间咨询", "请问窗口周六是否办公？办理业务需要提前预约吗？" }, { "补贴政策咨询", "请问今年的创业补贴政策何时开始申报，需要哪些材料？" },
			{ "证明材料咨询", "办理相关业务时，户籍证明是否可以由电子证照代替？" }, { "收费标准咨询", "请问该项服务是否收费，收费依据是什么？" },
			{ "政策文件查询", "请问去年发布的关于规范政务信息发布工作的规定在哪里可以查到全文？" } };

	private final ConsultationDesk consultations;

	private final ProposalDesk proposals;

	private final Inspections inspections;

	private final SupervisionRecords records;

	private final DocumentDesk documents;

	private final UserDetailsService staff;

	private final Clock clock;

	/** Seven collaborators, over the budget: a seeder touches every desk of the module it fills. */
	DemoInteraction(ConsultationDesk consultations, ProposalDesk proposals, Inspections inspections,
			SupervisionRecords records, DocumentDesk documents, UserDetailsService staff, Clock clock) {
		this.documents = documents;
		this.consultations = consultations;
		this.proposals = proposals;
		this.inspections = inspections;
		this.records = records;
		this.staff = staff;
		this.clock = clock;
	}

	void seed() {
		LocalDate today = LocalDate.now(clock);
		seedConsultations(today);
		seedProposals(today);
		seedFindings(today);
		seedRecords(today);
	}

	private void seedConsultations(LocalDate today) {
		Staff[] handlers = { staff("officer"), staff("finance-editor") };
		Staff officer = handlers[0];
		for (int month = 12; month >= 1; month--) {
			for (int b = 0; b < handlers.length; b++) {
				int count = 2 + (month + b) % 3;
				for (int i = 0; i < count; i++) {
					LocalDate received = today.minusMonths(month).plusDays(3L + 7L * i + b);
					String[] q = QUESTIONS[(month + b + i) % QUESTIONS.length];
					long id = ask(handlers[b], handlers[b].agencyCode(), received, "市民" + (month * 7 + b * 3 + i), q,
							(month + i) % 2 == 0);
					int after = (month + b + i) % 7 == 0 ? 12 : 2 + (b + i) % 4;
					answer(handlers[b], id, received.plusDays(after), today,
							"您好！" + q[0].replace("咨询", "") + "相关事项请见本单位门户网站办事指南，或工作日拨打咨询电话。感谢您的关注。");
				}
			}
		}
		for (String agency : OTHER_BUREAUS) {
			consultations.ask(agency, new Question("市民", "13800138000", null, QUESTIONS[0][0], QUESTIONS[0][1], false));
		}
		long late = ask(officer, DemoData.BUREAU, today.minusDays(30), "王建国", QUESTIONS[2], true);
		answer(officer, late, today.minusDays(9), today, "您好！2026年创业补贴将于每季度首月集中受理，需提供营业执照、身份证明和经营场所证明。");
		long forwarded = ask(officer, DemoData.BUREAU, today.minusDays(6), "李娜", new String[] { "预算公开咨询",
				"请问示例区本级2026年政府预算在哪里公开？" }, false);
		consultations.triage(officer, forwarded, new ConsultationCommand.Forward(today.minusDays(5),
				"demo-finance", "本事项由区财政局负责，已转办。"));
		long petition = ask(officer, DemoData.BUREAU, today.minusDays(8), "赵某", new String[] { "反映邻里纠纷",
				"我家楼上住户长期噪音扰民，多次协调未果，请求政府处理。" }, false);
		consultations.triage(officer, petition, new ConsultationCommand.MarkPetition(today.minusDays(6),
				"您反映的事项属于信访、投诉类事项，请通过示例区网上信访平台或到区信访局反映。"));
		long invalid = ask(officer, DemoData.BUREAU, today.minusDays(4), "某公司", new String[] { "推广",
				"专业代办各类证件，价格优惠，欢迎来电咨询。" }, false);
		consultations.triage(officer, invalid, new ConsultationCommand.Reject(today.minusDays(3),
				"广告推广信息，与政务咨询无关。"));
		ask(officer, DemoData.BUREAU, today.minusDays(1), "孙丽", QUESTIONS[1], true);
		ask(officer, DemoData.BUREAU, today.minusDays(14), "周明", QUESTIONS[3], false);
		ask(officer, DemoData.BUREAU, today.minusDays(80), "钱进", QUESTIONS[4], false);
		ask(officer, DemoData.BUREAU, today.minusDays(100), "吴桐", QUESTIONS[5], true);
	}

	private long ask(Staff by, String agency, LocalDate received, String name, String[] q, boolean publish) {
		return consultations.register(by, agency, new Question(name, "1380013" + String.format("%04d",
				Math.abs(name.hashCode()) % 10000), null, q[0], q[1], publish), received).id();
	}

	private void answer(Staff by, long id, LocalDate on, LocalDate today, String text) {
		if (!on.isAfter(today)) {
			consultations.triage(by, id, new ConsultationCommand.Answer(on, text, true));
		}
	}

	private void seedProposals(LocalDate today) {
		Staff officer = staff("officer");
		Staff editor = staff("editor");
		Staff reviewer = staff("reviewer");
		proposal(officer, ProposalKind.CPPCC_PROPOSAL, "市政协十届三次会议第0126号", "关于推进政务公开标准化规范化的提案",
				"市政协提案委", LocalDate.of(2025, 3, 20), false, ProposalRole.COOPERATING, LocalDate.of(2025, 4, 15),
				"我局对该提案提出会办意见：建议统一基层政务公开标准目录，加强栏目常态化维护。", null, null);
		proposal(officer, ProposalKind.CPPCC_PROPOSAL, "区政协九届四次会议第0058号", "关于优化企业办事证明材料的提案",
				"区政协提案委", LocalDate.of(2025, 4, 2), false, ProposalRole.COOPERATING, LocalDate.of(2025, 4, 28),
				"我局对该提案提出会办意见：已梳理可取消的证明材料11项，推行告知承诺制。", null, null);
		long published = proposal(officer, ProposalKind.DEPUTY_SUGGESTION, "区人大十届五次会议第0031号",
				"关于增加政务服务大厅延时服务的建议", "区人大常委会人代工委", today.minusMonths(4), false, ProposalRole.LEAD,
				today.minusMonths(2), "经研究，我局已于工作日中午和周六上午开设延时服务窗口，并在门户网站公布服务时间。", OutcomeClass.A,
				Satisfaction.SATISFIED);
		documents.review(reviewer, proposals.draftReplyPublication(editor, published),
				new DocumentCommand.Publish(null, null));
		proposal(officer, ProposalKind.CPPCC_PROPOSAL, "区政协九届五次会议第0072号", "关于建设一体化政务咨询平台的提案",
				"区政协提案委", today.minusMonths(5), false, ProposalRole.LEAD, today.minusMonths(1),
				"我局正在会同区大数据中心建设统一咨询平台，计划明年上线。", OutcomeClass.B, Satisfaction.BASICALLY_SATISFIED);
		proposal(officer, ProposalKind.DEPUTY_SUGGESTION, "区人大十届五次会议第0047号", "关于公开惠民补贴发放情况的建议",
				"区人大常委会人代工委", today.minusMonths(2).minusDays(20), false, ProposalRole.LEAD, today.minusDays(3),
				"我局将按季度公开惠民补贴发放情况，并同步推送至区政府门户网站。", OutcomeClass.A, null);
		proposal(officer, ProposalKind.CPPCC_PROPOSAL, "区政协九届五次会议第0081号", "关于加强政务新媒体管理的提案",
				"区政协提案委", today.minusMonths(3).minusDays(4), false, ProposalRole.LEAD, null, null, null, null);
		proposal(officer, ProposalKind.DEPUTY_SUGGESTION, "区人大十届五次会议第0063号", "关于完善老旧小区改造信息公开的建议",
				"区人大常委会人代工委", today.minusMonths(4), true, ProposalRole.LEAD, null, null, null, null);
		proposal(officer, ProposalKind.DEPUTY_SUGGESTION, "区人大十届五次会议第0088号", "关于规范行政执法信息公示的建议",
				"区人大常委会人代工委", today.minusMonths(1).plusDays(3), false, ProposalRole.COOPERATING, null, null, null,
				null);
		proposal(officer, ProposalKind.CPPCC_PROPOSAL, "区政协九届五次会议第0090号", "关于提升12345热线答复质量的提案",
				"区政协提案委", today.minusDays(20), false, ProposalRole.LEAD, null, null, null, null);
	}

	private long proposal(Staff by, ProposalKind kind, String reference, String title, String assignedBy,
			LocalDate assignedOn, boolean complex, ProposalRole role, LocalDate repliedOn, String reply,
			OutcomeClass outcome, Satisfaction satisfaction) {
		long id = proposals.register(by, DemoData.BUREAU, new NewProposal(kind, reference, title,
				kind == ProposalKind.DEPUTY_SUGGESTION ? "张代表等5名代表" : "李委员", assignedBy, assignedOn, complex, role))
			.id();
		if (repliedOn != null) {
			proposals.handle(by, id, new ProposalCommand.Reply(repliedOn, reply, outcome));
		}
		if (satisfaction != null) {
			proposals.handle(by, id, new ProposalCommand.RecordFeedback(repliedOn.plusDays(10), satisfaction));
		}
		return id;
	}

	private void seedFindings(LocalDate today) {
		Staff supervisor = staff("supervisor");
		Staff officer = staff("officer");
		Staff leader = staff("leader");
		long closed = finding(supervisor, DemoData.BUREAU, FindingSource.QUARTERLY_INSPECTION, today.minusDays(10),
				"“工作动态”栏目部分信息未标注发布日期", "补全发布日期并建立发布前检查", today.plusDays(20), "张编辑");
		inspections.handle(officer, closed, new FindingCommand.ReportFix("已补全12条信息的发布日期，发布审核增加日期检查。",
				List.of("/sites/demo-bureau/news/")));
		inspections.handle(supervisor, closed, new FindingCommand.SignOff());
		long reported = finding(supervisor, DemoData.BUREAU, FindingSource.QUARTERLY_INSPECTION, today.minusDays(20),
				"政策解读与政策文件未互相链接", "为2026年发布的政策文件补充解读链接", today.plusDays(10), "李审核");
		inspections.handle(officer, reported, new FindingCommand.ReportFix("已为3件政策文件补充解读并互相链接。",
				List.of("/sites/demo-bureau/")));
		finding(supervisor, DemoData.BUREAU, FindingSource.QUARTERLY_INSPECTION, today.minusDays(45),
				"咨询留言答复超过承诺时限", "建立咨询答复时限管理台账，逐件销号", today.minusDays(15), "王专员");
		finding(leader, DemoData.BUREAU, FindingSource.SELF_INSPECTION, today.minusDays(7),
				"“财政预决算”栏目附件为扫描图片，不便检索", "重新上传可检索的PDF版本", today.plusDays(3), "张编辑");
		// Due by the end of this week, whatever the day the demo starts: the finance office's "due this week" list.
		LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		long returned = finding(supervisor, "demo-finance", FindingSource.AD_HOC_INSPECTION, today.minusDays(25),
				"预算公开说明缺少“三公”经费增减原因", "补充说明并重新发布", sunday, "刘编辑");
		inspections.handle(staff("finance-editor"), returned, new FindingCommand.ReportFix("已补充说明。", List.of()));
		inspections.handle(supervisor, returned, new FindingCommand.ReturnFix("说明仍未解释公务接待费增加的原因，请补充。"));
		finding(supervisor, "demo-education", FindingSource.QUARTERLY_INSPECTION, today.minusDays(70),
				"政府信息公开指南未更新机构地址和电话", "更新公开指南并发布", today.minusDays(40), "教育局办公室");
		finding(supervisor, "demo-market", FindingSource.QUARTERLY_INSPECTION, today.minusDays(5),
				"行政处罚结果未在7个工作日内公示", "补公示并建立公示时限提醒", today.plusDays(25), "市场监管局法规科");
	}

	private long finding(Staff by, String agency, FindingSource source, LocalDate foundOn, String problem,
			String fix, LocalDate deadline, String responsible) {
		return inspections.record(by, new NewFinding(agency, source, foundOn, problem, fix, deadline, responsible))
			.id();
	}

	private void seedRecords(LocalDate today) {
		Staff officer = staff("officer");
		records.addTraining(officer, DemoData.BUREAU, LocalDate.of(2025, 5, 16), "政务公开专题培训（区政府办组织）", 6,
				new BigDecimal("3"));
		records.addTraining(officer, DemoData.BUREAU, LocalDate.of(2025, 10, 22), "政府信息公开条例及保密审查业务学习", 18,
				new BigDecimal("2"));
		records.addTraining(officer, DemoData.BUREAU, today.minusMonths(2), "政务咨询答复与建议提案办理培训", 15,
				new BigDecimal("2.5"));
		long handled = records.addComplaint(officer, DemoData.BUREAU, today.minusMonths(3), "匿名",
				"反映门户网站“通知公告”栏目长期未更新");
		records.handleComplaint(officer, handled, today.minusMonths(3).plusDays(6), "已核实，栏目已更新并纳入每周检查。");
		records.addComplaint(officer, DemoData.BUREAU, today.minusDays(2), "陈先生", "反映咨询留言一个多月未获答复");
	}

	private Staff staff(String username) {
		return ((StaffPrincipal) staff.loadUserByUsername(username)).staff();
	}

}
