package org.gongkai.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.annualreport.AdministrativeFigures;
import org.gongkai.annualreport.AdministrativeStatistics;
import org.gongkai.annualreport.AnnualReports;
import org.gongkai.annualreport.Narrative;
import org.gongkai.appeals.AppealKind;
import org.gongkai.appeals.AppealResult;
import org.gongkai.appeals.Appeals;
import org.gongkai.appeals.NewAppeal;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffPrincipal;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Annual reports for the demo. 示例区某局's 2025 report is published, as the seed report (../shared/seed) was: its
 * narrative reads like the seed's, its figures written as placeholders so that they come from the records (41 items,
 * no applications, no appeals, no fees), and the published snapshot keeps those numbers.
 * 示例区财政局 has administrative statistics and appeals in 2024 and 2025 beside its applications carried over, and its
 * 2025 narrative written (every figure a placeholder, no prompt of the template left), ready to be published.
 */
@Component
class DemoAnnualReports {

	private static final Narrative BUREAU_2025 = new Narrative(
			"{year}年，我局深入践行《中华人民共和国政府信息公开条例》要求，紧扣年度政务公开重点任务和区委、区政府中心工作部署，以提升公开质量为核心，"
					+ "以优化服务效能为导向，精准对接群众信息需求，有效保障人民群众的知情权、参与权、表达权和监督权。现将我局{year}年度政府信息公开工作情况报告如下：",
			String.join("\n", "（一）政府信息主动公开情况",
					"围绕省、市政务公开工作考核评价体系，结合本局职能职责和群众高频信息需求，我局系统谋划主动公开工作，明确公开范围、细化责任分工、规范操作流程，"
							+ "构建起“全员参与、层层把关、闭环管理”的主动公开工作格局，重点保障政策文件、民生服务举措等核心信息全流程规范流转。",
					"{year}年度，通过区政府门户网站累计主动公开各类政务信息共{publishedCount}条，公开范围包括财政预决算、建议提案、工作动态、回应关切、政府采购等多个领域。",
					"（二）政府信息依申请公开情况", "{year}年，我局未收到政府信息公开申请。", "（三）政府信息管理情况",
					"我局严格按照《中华人民共和国政府信息公开条例》，持续强化政府信息全生命周期管理。一方面，健全信息发布审核机制，明确审核责任主体和审核标准，"
							+ "确保公开信息真实准确、合法合规；另一方面，加强行政规范性文件动态管理，建立文件立、改、废全流程台账，定期开展规范性文件清理工作，保障政策文件的时效性和适用性。",
					"{year}年度，全局未发生政务信息安全泄露事件；针对区政府办公室季度政务公开督查反馈问题，均迅速按期完成整改销号，全年无逾期整改情况发生。",
					"（四）政府信息公开平台建设情况",
					"坚持以区政府门户网站为主阵地，规范栏目分类、明确信息归属，确保公开内容清晰可查。积极拓展多元化公开渠道，构建“门户网站+省市政务平台+政务新媒体+线下政务大厅”的立体公开网络，"
							+ "实现线上线下信息同步推送、协同发力。",
					"（五）监督保障情况",
					"一是强化日常督导考核，定期开展自查自纠，对公开不及时、内容不规范等问题现场交办、限期整改。二是提升业务能力水平，积极参加政务公开专题培训。"
							+ "三是主动接受多方监督，自觉接受上级主管部门的监督检查，畅通投诉举报渠道，及时回应处置相关诉求。",
					"{year}年，我局严格执行政府信息公开社会评议和责任追究制度，全年没有因政府信息公开被追究责任的问题。"),
			"我局无行政权力，不涉及行政许可、行政处罚、行政强制、行政事业性收费等相关内容的公开。",
			"{year}年，我局未收到任何形式的政府信息公开申请，也无上年结转政府信息公开申请。",
			"{year}年，我局没有因政府信息公开工作被申请行政复议、提起行政诉讼的情况。",
			String.join("\n", "上年度存在的问题：一是部分栏目信息公开及时性有待提高；二是文件解读方式单一。",
					"上年度问题在本年度的改进情况：一是加强信息分类管理，提高检索效率，方便公众快速找到所需信息；二是建立定期更新机制，确保信息公开目录与实际工作进展同步。",
					"本年度存在的问题：{year}年，我局政务公开工作有序推进，但仍存在短板，主要表现在：一是部分信息公开不够充分；二是互动回应效率有待提升。",
					"下年度改进举措：一是深化信息公开，聚焦关键政策，细化公开内容，提升信息实用性；二是优化互动回应机制，建立咨询答复时限管理台账，确保及时、精准回应群众诉求。"),
			"{year}年，本单位未发出政府信息公开信息处理费缴费通知，实际收取信息处理费{feesCollectedYuan}元；会办一个市政协提案、一个区政协提案，"
					+ "并将局《关于{year}年度人大代表建议和政协提案办理情况的总结》以及上述提案会办意见及时在区政府门户网站进行发布，无其他需要报告的事项。");

	private static final Narrative FINANCE_2025 = new Narrative(
			"{year}年，{agency}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，围绕财政预决算、政府采购和惠民惠农补贴等重点领域，"
					+ "持续推进政府信息公开工作。现将{agency}{year}年度政府信息公开工作情况报告如下：",
			String.join("\n", "（一）政府信息主动公开情况",
					"{year}年度，通过区政府门户网站累计主动公开各类政府信息共{publishedCount}条，重点公开区级部门预决算、政府债务、政府采购意向和惠民惠农财政补贴资金发放情况。",
					"（二）政府信息依申请公开情况",
					"{year}年，我局新收政府信息公开申请{requestsReceived}件，上年结转{requestsCarriedOver}件，办结{requestsClosed}件，均在法定期限内答复。",
					"（三）政府信息管理情况",
					"落实信息发布“三审三校”制度，公开前逐条进行保密审查；定期清理本局行政规范性文件，及时公布清理结果和现行有效文件目录。",
					"（四）政府信息公开平台建设情况",
					"以区政府门户网站财政信息公开专栏为主平台，同步通过政务新媒体推送预决算解读和惠民政策，方便群众查阅。",
					"（五）监督保障情况",
					"将政府信息公开纳入年度工作考核，主动接受社会评议和上级主管部门的监督检查，全年没有因政府信息公开被追究责任的情况。"),
			"{year}年，我局收取行政事业性收费{administrativeFeesWanYuan}万元；行政许可、行政处罚、行政强制处理决定的数量见下表。",
			"{year}年，我局新收政府信息公开申请{requestsReceived}件，上年结转{requestsCarriedOver}件，办结{requestsClosed}件，"
					+ "结转下年度继续办理{requestsCarriedForward}件。",
			"{year}年，我局因政府信息公开工作被申请行政复议{reconsiderations}件，被提起行政诉讼{litigations}件。",
			String.join("\n", "上年度存在的问题：一是预决算公开的解读不够通俗；二是依申请公开答复文书格式不够统一。",
					"上年度问题在本年度的改进情况：一是以图表方式解读区级预决算；二是统一使用本平台生成的答复书。",
					"本年度存在的问题：一是惠民惠农补贴信息更新不够及时；二是政策解读形式仍较单一。",
					"下年度改进举措：一是建立补贴发放信息按月更新机制；二是增加视频、图解等解读形式。"),
			"{year}年，本单位未发出政府信息公开信息处理费缴费通知，实际收取信息处理费{feesCollectedYuan}元，无其他需要报告的事项。");

	private final AnnualReports reports;

	private final AdministrativeStatistics statistics;

	private final Appeals appeals;

	private final UserDetailsService staff;

	DemoAnnualReports(AnnualReports reports, AdministrativeStatistics statistics, Appeals appeals,
			UserDetailsService staff) {
		this.reports = reports;
		this.statistics = statistics;
		this.appeals = appeals;
		this.staff = staff;
	}

	void seed() {
		reports.saveNarrative(staff("officer"), DemoData.BUREAU, 2025, BUREAU_2025);
		reports.publish(staff("officer"), DemoData.BUREAU, 2025);
		Staff finance = staff("finance-editor");
		reports.saveNarrative(finance, "demo-finance", 2025, FINANCE_2025);
		statistics.record(finance, "demo-finance",
				List.of(new AdministrativeFigures(2024, 12, 3, 0, new BigDecimal("96171.6")),
						new AdministrativeFigures(2025, 15, 2, 1, new BigDecimal("59237.2449"))));
		long upheld = appeals.register(finance, "demo-finance", new NewAppeal(AppealKind.RECONSIDERATION,
				"示例区人民政府", LocalDate.of(2025, 4, 2), null, "行政复议申请书；答复书"));
		appeals.decide(finance, "demo-finance", upheld, LocalDate.of(2025, 6, 30), AppealResult.UPHELD);
		appeals.register(finance, "demo-finance", new NewAppeal(AppealKind.LITIGATION_DIRECT, "示例区人民法院",
				LocalDate.of(2025, 11, 18), null, "起诉状副本"));
	}

	private Staff staff(String username) {
		return ((StaffPrincipal) this.staff.loadUserByUsername(username)).staff();
	}

}
