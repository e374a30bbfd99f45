package org.gongkai.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.gongkai.publishing.DocumentStatus;
import org.gongkai.publishing.Validity;

/**
 * A deterministic corpus of realistic 主动公开 documents: document {@code id} is always the same text, so that the
 * index and PostgreSQL get identical rows without holding a million in memory. Titles and bodies are drawn from
 * the shapes real portals publish (通知, 意见, 方案, 工作动态, 预决算, 建议提案答复, 回应关切) over a vocabulary of
 * agencies, places, topics, measures and figures.
 */
final class Corpus {

	static final String[] AGENCIES = { "示例区人民政府办公室", "示例区财政局", "示例区教育局", "示例区人力资源和社会保障局",
			"示例区市场监督管理局", "示例区卫生健康局", "示例区住房和城乡建设局", "示例区交通运输局", "示例区农业农村局", "示例区生态环境分局",
			"示例区应急管理局", "示例区民政局", "示例区司法局", "示例区文化和旅游局", "示例区自然资源和规划分局", "示例区水利和湖泊局",
			"示例区商务局", "示例区统计局", "示例区医疗保障局", "示例区退役军人事务局", "示例区城市管理执法局", "示例区数据局",
			"示例区信访局", "示例区审计局", "示例区科学技术和经济信息化局", "华容镇人民政府", "葛店街道办事处", "庙岭镇人民政府",
			"段店镇人民政府", "临江乡人民政府", "蒲团乡人民政府", "示例区发展和改革局" };

	static final String[] ISSUERS = { "示政办发", "示财规", "示教发", "示人社发", "示市监发", "示卫健发", "示建规", "示交发",
			"示农发", "示环发", "示应急发", "示民发", "华容政规", "葛店办发", "示政规", "示发改规" };

	static final String[] TOPICS = { "垃圾分类", "营商环境", "安全生产", "防汛抗旱", "乡村振兴", "义务教育", "医疗保障", "养老服务",
			"就业创业", "社会保险", "食品安全", "药品监管", "特种设备", "消防安全", "森林防火", "河湖长制", "大气污染防治", "水污染防治",
			"土壤污染防治", "城市更新", "老旧小区改造", "保障性住房", "农村公路", "高标准农田", "粮食安全", "耕地保护", "殡葬改革",
			"最低生活保障", "特困人员供养", "残疾人两项补贴", "退役军人优待", "双拥共建", "政务公开", "政务服务", "一网通办", "12345热线",
			"数字政府", "信用体系建设", "招商引资", "科技创新", "中小企业发展", "消费券发放", "文旅融合", "全民健身", "公共文化服务",
			"疫苗接种", "家庭医生签约", "健康教育", "学前教育", "校外培训治理", "职业技能培训", "农民工工资支付", "劳动保障监察",
			"欠薪治理", "减税降费", "财政预算", "财政决算", "三公经费", "政府采购", "国有资产管理", "审计整改", "统计调查", "人口普查",
			"经济普查", "法治政府建设", "行政复议", "普法宣传", "人民调解", "信访工作", "扫黑除恶", "禁毒宣传", "交通安全", "危化品管理",
			"燃气安全", "自建房安全", "地质灾害防治", "防灾减灾", "应急演练", "物资储备", "冬季取暖", "供水保障", "污水处理", "园林绿化",
			"市容环境", "违法建设治理", "占道经营整治", "停车管理", "公交优先", "电动自行车管理", "充电设施建设", "光伏发电", "节能减排",
			"碳达峰", "农村人居环境", "厕所革命", "美丽乡村", "农产品质量安全", "动物防疫", "非洲猪瘟防控", "农业保险", "农村集体产权",
			"宅基地管理", "土地征收", "不动产登记", "耕地占补平衡", "矿产资源", "林长制", "湿地保护", "长江禁渔", "水土保持" };

	static final String[] ACTIONS = { "印发", "开展", "做好", "加强", "推进", "规范", "实施", "组织", "部署", "落实", "深化", "优化",
			"进一步加强", "全面推进", "切实做好", "扎实开展" };

	static final String[] GENRES = { "通知", "意见", "方案", "规定", "办法", "实施细则", "公告", "通告", "报告", "批复", "函", "答复" };

	static final String[] PLACES = { "华容镇", "葛店街道", "庙岭镇", "段店镇", "临江乡", "蒲团乡", "城东社区", "城西社区", "红莲湖",
			"梁子湖", "长港村", "峒山村", "新庙村", "樊口街道", "燕矶镇", "杜山镇" };

	static final String[] MEASURES = { "明确责任分工", "健全工作机制", "强化督促检查", "加大资金投入", "完善配套政策", "加强宣传引导",
			"压实属地责任", "建立工作台账", "开展专项整治", "落实包保责任", "强化部门协同", "优化办事流程", "推行告知承诺制", "加强队伍建设" };

	static final String[] SENTENCES = {
			"为深入贯彻落实上级关于{topic}工作的决策部署，进一步{action}{topic}工作，结合{place}实际，制定本{genre}。",
			"各单位要高度重视{topic}工作，{measure}，确保各项任务落到实处。",
			"{year}年，全区共完成{topic}项目{n}个，累计投入资金{m}万元，惠及群众{k}人。",
			"{place}{measure}，{topic}工作取得明显成效，群众满意度达到{p}%。",
			"对工作中发现的问题，要及时{measure}，限期整改到位，整改情况于{month}月{day}日前报送。",
			"本{genre}自发布之日起施行，有效期{y}年。此前有关规定与本{genre}不一致的，以本{genre}为准。",
			"联系人：{name}，联系电话：0711-{tel}。",
			"{month}月{day}日，{agency}召开{topic}工作推进会，{name}出席会议并讲话。",
			"会议要求，要坚持问题导向，{measure}，推动{topic}和{topic2}工作协同发展。",
			"经研究，同意{place}关于{topic}的申请，请严格按照有关规定组织实施。",
			"关于您反映的{place}{topic}问题，经我局核实，已督促相关单位{measure}。",
			"下一步，我们将继续{action}{topic}，{measure}，不断提升{topic2}水平。" };

	static final String[] NAMES = { "张明", "李华", "王芳", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周强", "吴敏", "徐军", "孙燕" };

	static final String[] COLUMNS = { "news", "notices", "normative-documents", "budgets", "proposals", "concerns",
			"procurement", "plans" };

	private Corpus() {
	}

	/** Document {@code id} (1-based), live, as the index holds it. */
	static IndexEntry entry(long id) {
		Random r = new Random(id * 7919L + 17);
		int agencyIndex = r.nextInt(AGENCIES.length);
		String agency = "agency-" + agencyIndex;
		String topic = pick(r, TOPICS);
		String genre = pick(r, GENRES);
		LocalDate published = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(4000));
		String title = title(r, AGENCIES[agencyIndex], topic, genre, published.getYear());
		StringBuilder body = new StringBuilder();
		int sentences = 4 + r.nextInt(6);
		for (int i = 0; i < sentences; i++) {
			body.append(sentence(r, AGENCIES[agencyIndex], topic, genre, published.getYear()));
		}
		String number = r.nextInt(10) < 3
				? pick(r, ISSUERS) + "〔" + published.getYear() + "〕" + (1 + r.nextInt(60)) + "号" : null;
		return new IndexEntry(id, 1, Visibility.LIVE, DocumentStatus.PUBLISHED, agency, AGENCIES[agencyIndex],
				List.of("root", agency), pick(r, COLUMNS), "栏目", title, body.toString(), null, null, genre, number,
				"11429900MB" + String.format("%07d", agencyIndex) + "T/" + published.getYear() + "-"
						+ String.format("%05d", id % 100000),
				published, published, r.nextInt(10) == 0 ? Validity.EXPIRED : Validity.VALID,
				"/site/" + agency + "/documents/" + id + ".html", List.of());
	}

	private static String title(Random r, String agency, String topic, String genre, int year) {
		return switch (r.nextInt(6)) {
			case 0 -> agency + "关于" + pick(r, ACTIONS) + topic + "工作的" + genre;
			case 1 -> "关于" + pick(r, ACTIONS) + year + "年度" + topic + "工作的" + genre;
			case 2 -> agency + "召开" + topic + "工作推进会";
			case 3 -> agency + year + "年" + topic + "工作总结";
			case 4 -> "关于" + pick(r, PLACES) + topic + "问题的回应";
			default -> pick(r, PLACES) + pick(r, ACTIONS) + topic + "专项行动";
		};
	}

	private static String sentence(Random r, String agency, String topic, String genre, int year) {
		return pick(r, SENTENCES).replace("{topic2}", pick(r, TOPICS))
			.replace("{topic}", topic)
			.replace("{action}", pick(r, ACTIONS))
			.replace("{place}", pick(r, PLACES))
			.replace("{genre}", genre)
			.replace("{measure}", pick(r, MEASURES))
			.replace("{year}", Integer.toString(year))
			.replace("{n}", Integer.toString(1 + r.nextInt(300)))
			.replace("{m}", Integer.toString(10 + r.nextInt(90000)))
			.replace("{k}", Integer.toString(100 + r.nextInt(200000)))
			.replace("{p}", Integer.toString(85 + r.nextInt(15)))
			.replace("{month}", Integer.toString(1 + r.nextInt(12)))
			.replace("{day}", Integer.toString(1 + r.nextInt(28)))
			.replace("{y}", Integer.toString(2 + r.nextInt(4)))
			.replace("{name}", pick(r, NAMES))
			.replace("{tel}", Integer.toString(3000000 + r.nextInt(6999999)))
			.replace("{agency}", agency);
	}

	/** The 200 fixed queries: topics, two-word searches, phrases, places, document numbers whole and in parts. */
	static List<String> queries(long documents) {
		Random r = new Random(2026);
		List<String> queries = new java.util.ArrayList<>();
		while (queries.size() < 200) {
			String query = switch (queries.size() % 8) {
				case 0 -> pick(r, TOPICS);
				case 1 -> pick(r, TOPICS) + " " + pick(r, GENRES);
				case 2 -> pick(r, PLACES) + " " + pick(r, TOPICS);
				case 3 -> "\"" + pick(r, MEASURES) + "\"";
				case 4 -> number(r, documents, true);
				case 5 -> number(r, documents, false);
				case 6 -> pick(r, AGENCIES) + " " + pick(r, TOPICS) + " " + (2015 + r.nextInt(10));
				default -> pick(r, NAMES) + " " + pick(r, TOPICS);
			};
			queries.add(query);
		}
		return queries;
	}

	/** The number of an existing document, whole or as "issuer year serial". */
	private static String number(Random r, long documents, boolean whole) {
		while (true) {
			IndexEntry entry = entry(1 + (long) (r.nextDouble() * documents));
			if (entry.documentNumber() != null) {
				String number = entry.documentNumber();
				return whole ? number : number.replace("〔", " ").replace("〕", " ").replace("号", "");
			}
		}
	}

	private static String pick(Random r, String[] values) {
		return values[r.nextInt(values.length)];
	}

}
