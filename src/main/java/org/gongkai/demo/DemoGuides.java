package org.gongkai.demo;

import java.time.LocalDate;
import java.util.EnumSet;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.publishing.CatalogColumn;
import org.gongkai.publishing.DisclosureGuide;
import org.gongkai.publishing.DisclosureGuides;
import org.gongkai.publishing.DocumentDesk;
import org.gongkai.publishing.Draft;
import org.gongkai.publishing.Validity;

import org.springframework.stereotype.Component;

/**
 * The 政府信息公开指南 of each agency of 示例区 (OGI art. 12): the contact facts on each guide page, and the whole guide
 * published in the guide column as agencies publish it, with the procedure the platform runs — the portal's form, a
 * letter or a visit; 20 working days, extended once by at most 20 — and the processing fee of 国办函〔2020〕109号.
 */
@Component
class DemoGuides {

	/** The contact facts of the demo's disclosure offices, as its other documents give them. */
	private static final String ADDRESS = "示例区人民路1号政务中心4楼";

	private static final String PHONE = "000-60580000";

	private static final String FAX = "000-60580001";

	private static final String EMAIL = "gongkai@example.gov.cn";

	private static final String HOURS = "工作日上午9:00—12:00，下午13:30—17:30（法定节假日除外）";

	/** The guides were issued at the start of 2026, so the 2025 figures of the demo's reports are untouched. */
	private static final LocalDate ISSUED = LocalDate.of(2026, 1, 5);

	private final DisclosureGuides guides;

	private final DocumentDesk desk;

	private final AgencyDirectory agencies;

	DemoGuides(DisclosureGuides guides, DocumentDesk desk, AgencyDirectory agencies) {
		this.guides = guides;
		this.desk = desk;
		this.agencies = agencies;
	}

	/**
	 * Every demo agency's guide, since each takes applications for the information it holds: the bureau's written by
	 * its editor, the others', whose agencies have no editor in the demo, by the system, as the service items are.
	 */
	void seed(Staff bureauEditor) {
		AgencyInfo district = agencies.findByCode(DemoData.DISTRICT).orElseThrow();
		Staff system = new Staff(0, "system", district.id(), district.code(), district.path(), EnumSet.of(Role.ADMIN));
		for (AgencyInfo agency : agencies.all()) {
			if (agency.path().startsWith(district.path())) {
				publish(agency.code().equals(DemoData.BUREAU) ? bureauEditor : system, agency, agency.name() + "办公室");
			}
		}
	}

	/** Saves the agency's guide and publishes its full text in the guide column. */
	private void publish(Staff editor, AgencyInfo agency, String office) {
		DisclosureGuide guide = new DisclosureGuide(
				"本机关主动公开的政府信息按《中华人民共和国政府信息公开条例》第十九条、第二十条分类，包括机构职能、政策文件、政策解读、规划计划、财政预决算、"
						+ "政府采购、行政许可处罚收费公示、建议提案办理、人事信息、工作动态和回应关切。",
				"政府信息公开目录分为政府信息公开指南、政府信息公开制度、法定主动公开内容、政府信息公开年报和依申请公开五个部分，"
						+ "每条信息标注索引号、名称、内容概述、发文字号、成文日期和发布日期。",
				"主动公开的政府信息可在本网站查阅、检索和下载。申请获取其他政府信息的，可通过本网站“申请政府信息公开”在线提交，"
						+ "也可以信函或当面提出；本机关自收到申请之日起20个工作日内答复，需要延长的，延长期限最长不超过20个工作日。"
						+ "依申请提供政府信息不收取费用，申请数量、频次明显超过合理范围的，依照国办函〔2020〕109号收取信息处理费。",
				office, ADDRESS, HOURS, PHONE, FAX, EMAIL);
		guides.save(editor, agency.code(), guide);
		String title = agency.name() + "政府信息公开指南";
		desk.importPublished(agency.id(), new Draft(CatalogColumn.GUIDE, title, text(agency.name(), office),
				"主动公开和依申请公开政府信息的范围、方式、程序、时限、收费及政府信息公开工作机构联系方式", "政府信息公开指南,依申请公开,申请政府信息公开,信息处理费",
				null, null, null, ISSUED, ISSUED, Validity.VALID), ISSUED);
	}

	private static String text(String agency, String office) {
		return String.join("\n",
				"为保障公民、法人和其他组织依法获取政府信息，根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第十二条的规定，编制本指南。"
						+ "公民、法人和其他组织可依照本指南获取" + agency + "的政府信息。本指南根据工作情况及时更新。",
				"一、主动公开",
				"（一）公开范围。本机关依照《条例》第十九条、第二十条的规定，主动公开机构职能、政策文件、政策解读、规划计划、财政预决算、政府采购、"
						+ "行政许可处罚收费公示、建议提案办理、人事信息、工作动态和回应关切等政府信息。",
				"（二）分类与编排体系。本机关政府信息公开目录分为政府信息公开指南、政府信息公开制度、法定主动公开内容、政府信息公开年报和依申请公开五个部分，"
						+ "法定主动公开内容按第二十条所列事项分设栏目。每条信息标注索引号、名称、内容概述、发文字号、成文日期和发布日期。",
				"（三）公开方式和时限。主动公开的政府信息通过本机关门户网站“政府信息公开”专栏公开，可在线查阅、检索和下载，并视情况通过政府公报、"
						+ "政务新媒体和政府信息公开查阅点公开。属于主动公开范围的政府信息，自该政府信息形成或者变更之日起20个工作日内予以公开。",
				"二、依申请公开",
				"（一）受理机构。" + office + "负责受理向本机关提出的政府信息公开申请。",
				"（二）申请方式。申请人可以通过以下方式提出申请：",
				"1. 网上申请：在本网站“依申请公开”栏目点击“申请政府信息公开”，在线填写并提交申请。提交后凭申请编号和查询码在“查询申请进度”中查询办理情况。",
				"2. 信函申请：在本网站下载《政府信息公开申请表》填写，或者自行书写申请，邮寄至" + ADDRESS + office + "，并在信封上注明“政府信息公开申请”字样。",
				"3. 当面申请：在办公时间内到" + ADDRESS + office + "当面提交申请。采用书面形式确有困难的，可以口头提出，由工作人员代为填写申请。",
				"本机关不通过电话受理政府信息公开申请，但可以就申请的提出提供咨询。",
				"（三）申请内容。申请应当包括申请人的姓名或者名称、身份证明、联系方式；申请公开的政府信息的名称、文号或者便于本机关查询的其他特征性描述；"
						+ "申请公开的政府信息的形式要求，包括获取信息的方式、途径（《条例》第二十九条）。",
				"（四）收到申请的时间。当面提交的，以提交之日为收到申请之日；以邮寄方式提交的，以本机关签收之日为收到申请之日，以平常信函等无需签收的方式提交的，"
						+ "以双方确认之日为收到申请之日；通过互联网提交的，以双方确认之日为收到申请之日（《条例》第三十一条）。",
				"（五）补正。申请内容不明确的，本机关自收到申请之日起7个工作日内一次性告知申请人作出补正，说明需要补正的事项和合理的补正期限。"
						+ "答复期限自本机关收到补正的申请之日起计算。申请人无正当理由逾期不补正的，视为放弃申请。",
				"（六）答复期限。本机关收到政府信息公开申请，能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复。"
						+ "需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日。"
						+ "征求第三方和其他机关意见所需时间不计算在上述期限内（《条例》第三十三条）。",
				"（七）答复形式。本机关根据申请人的要求及保存政府信息的实际情况，通过邮寄、电子邮件、当面领取或者网上获取等方式提供政府信息。",
				"（八）收费。本机关依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，"
						+ "本机关依照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费（《条例》第四十二条）：",
				"1. 按件计收：同一申请人一个自然月内累计申请10件以下（含10件）的，不收费；11—30件（含30件）的部分，100元/件；"
						+ "31件以上的部分，以10件为一档，每增加一档，收费标准提高100元/件。",
				"2. 按量计收：同一件申请提供的政府信息30页以下（含30页）的，不收费；31—100页（含100页）的部分，10元/页；"
						+ "101—200页（含200页）的部分，20元/页；201页以上的部分，40元/页。",
				"对每件申请，本机关只选择适用其中一种标准，不同时按照两种标准重复计算。决定收取信息处理费的，本机关在答复期限内向申请人发出收费通知，"
						+ "说明收费的依据、标准、数额和缴纳方式。申请人应当自收到收费通知次日起20个工作日内缴纳费用，逾期未缴纳的，视为放弃申请。"
						+ "等待缴纳费用的时间不计算在答复期限内。",
				"三、政府信息公开工作机构",
				"名称：" + office,
				"办公地址：" + ADDRESS,
				"办公时间：" + HOURS,
				"联系电话：" + PHONE,
				"传真号码：" + FAX,
				"电子邮箱：" + EMAIL,
				"网上咨询：本网站“咨询留言”",
				"四、监督和救济",
				"公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，"
						+ "也可以依法申请行政复议或者提起行政诉讼（《条例》第五十一条）。");
	}

}
