package org.gongkai.requests;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The wording of the letters: one reply per outcome, citing its legal basis (OGI art. 14–16, 30, 35–39) and stating
 * the remedies (administrative reconsideration within 60 days, 《行政复议法》; litigation within 6 months,
 * 《行政诉讼法》 art. 46); and the notices of clarification, extension, consultation and fee.
 */
final class Letters {

	private static final DateTimeFormatter DATE = LetterRenderer.CHINESE_DATE;

	/** The remedies (《行政复议法》 art. 20; 《行政诉讼法》 art. 46), naming the bodies of the agency's settings. */
	static String remedies(LetterSettings settings) {
		return "如对本答复不服，可以自收到本答复之日起60日内向" + settings.reconsiderationBody() + "申请行政复议，"
				+ "或者自收到本答复之日起6个月内向" + settings.court() + "提起行政诉讼。";
	}

	/** Who the applicant may ask about the letter. */
	static String contact(LetterSettings settings) {
		return "联系人：" + settings.contactPerson() + "；联系电话：" + settings.contactPhone() + "。";
	}

	private Letters() {
	}

	/**
	 * The letter an action produces, if it produces one. When a period it names was counted over a year whose holiday
	 * notice is not out yet ({@code provisionalYear}, else null), the letter says so.
	 */
	static Optional<Letter> after(RequestAction action, DisclosureRequest r, String agencyName,
			Integer provisionalYear, LetterSettings settings) {
		Optional<Letter> letter = Optional.ofNullable(letterAfter(action, r, agencyName, settings));
		return provisionalYear == null ? letter
				: letter.map(l -> l.kind() == Letter.Kind.REPLY ? l : withProvisionalNote(l, provisionalYear));
	}

	/** The notice of a period counted provisionally (rules.md §1.6): the applicant learns why it may still move. */
	static String provisionalNote(int year) {
		return "因国务院办公厅关于" + year + "年部分节假日安排的通知尚未公布，上述期限中" + year
				+ "年的日期暂按《全国年节及纪念日放假办法》规定的法定节假日推算；通知公布后期限如有调整，本机关将另行告知。";
	}

	private static Letter withProvisionalNote(Letter letter, int year) {
		List<String> paragraphs = new ArrayList<>(letter.paragraphs());
		paragraphs.add(provisionalNote(year));
		return new Letter(letter.kind(), letter.title(), letter.number(), letter.addressee(), paragraphs,
				letter.agencyName(), letter.date());
	}

	private static Letter letterAfter(RequestAction action, DisclosureRequest r, String agencyName,
			LetterSettings settings) {
		return switch (action) {
			case REPLY -> reply(r, agencyName, settings);
			case REQUEST_CLARIFICATION -> letter(Letter.Kind.CLARIFICATION_NOTICE, "补正政府信息公开申请告知书", r,
					agencyName, r.clarificationRequestedOn, List.of(
							opening(r) + "经审查，您的申请内容不够明确。根据《中华人民共和国政府信息公开条例》第三十条的规定，"
									+ "现一次性告知您需要补正的事项如下：",
							r.clarificationItems,
							"请您于" + r.clarificationDueOn.format(DATE) + "前补正。答复期限自本机关收到补正的申请之日起计算。"
									+ "无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。"));
			case EXTEND, APPROVE_EXTENSION -> letter(Letter.Kind.EXTENSION_NOTICE, "延期答复告知书", r, agencyName,
					r.lastActionOn, List.of(opening(r) + "因" + clause(r.extensionReason).replaceFirst("^(因为|由于|因)", "")
							+ "，本机关不能在法定期限内答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，" + approval(r) + "答复期限延长" + r.extensionDays
							+ "个工作日，本机关将于" + r.dueOn.format(DATE) + "前作出答复。", contact(settings)));
			case START_CONSULTATION -> letter(Letter.Kind.CONSULTATION_LETTER, "政府信息公开征求意见函", r, agencyName,
					r.lastActionOn, List.of("本机关收到申请人关于“" + clause(r.description) + "”的政府信息公开申请。该信息的公开可能涉及贵方合法权益，"
							+ "根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求贵方意见。",
							"请于收到本函之日起15个工作日内（" + r.consultationDueOn.format(DATE) + "前）书面提出意见。"
									+ "逾期未提出意见的，由本机关依照条例的规定决定是否公开。"));
			case SEND_FEE_NOTICE -> letter(Letter.Kind.FEE_NOTICE, "政府信息公开信息处理费缴费通知书", r, agencyName,
					r.feeNoticeOn, List.of(opening(r) + "因申请公开政府信息的数量、频次明显超过合理范围，根据《中华人民共和国政府信息公开条例》"
							+ "第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关决定收取信息处理费"
							+ r.feeAmountYuan.stripTrailingZeros().toPlainString() + "元" + feeBasis(r) + "。",
							"请您在收到本通知次日起20个工作日内（" + r.feeDueOn.format(DATE) + "前）缴纳。逾期未缴纳的，视为放弃申请，"
									+ "本机关不再处理该政府信息公开申请。信息处理费缴入国库，本机关出具财政票据。"));
			default -> null;
		};
	}

	/** Who approved the extension, and when (art. 33 ¶2: the head of the office; the day of the approval). */
	private static String approval(DisclosureRequest r) {
		if (r.extensionApprovedOn == null) {
			return "经本机关政府信息公开工作机构负责人同意，";
		}
		return "经本机关政府信息公开工作机构负责人于" + r.extensionApprovedOn.format(DATE) + "同意，";
	}

	/**
	 * The reply: the application (and its clarified content, art. 30), the decision with its legal basis, what is
	 * provided, each withheld part with its basis and reason (art. 36, 37), the remedies naming the reconsideration
	 * body and the court, the agency's own closing paragraph and the contact person. Only the closing paragraph and
	 * the names come from the agency's settings; the statutory sentences are fixed here.
	 */
	private static Letter reply(DisclosureRequest r, String agencyName, LetterSettings settings) {
		List<String> body = new ArrayList<>();
		body.add(opening(r) + clarified(r) + decision(r.outcome));
		provided(r).ifPresent(body::add);
		for (WithheldPart part : r.withheld) {
			body.add("不予公开的部分：" + part.part() + "。该部分" + part.basis().ground() + "，具体理由是：" + sentence(part.reason())
					+ "根据《中华人民共和国政府信息公开条例》" + part.basis().article() + "的规定，不予公开。");
		}
		if (r.replyReason != null) {
			body.add((RequestCommand.Reply.withheldOutcome(r.outcome) ? "具体理由是：" : "具体说明：") + sentence(r.replyReason));
		}
		body.add(remedies(settings));
		if (settings.closingParagraph() != null) {
			body.add(settings.closingParagraph());
		}
		body.add(contact(settings));
		return letter(Letter.Kind.REPLY, "政府信息公开申请答复书", r, agencyName, r.closedOn, body);
	}

	private static String clarified(DisclosureRequest r) {
		return r.clarifiedContent == null ? ""
				: "您于" + r.clarifiedOn.format(DATE) + "补正了申请，补正后申请公开的内容为：“" + r.clarifiedContent + "”。";
	}

	/** What a disclosure provides: the files attached, where it is published, the paper copies sent. */
	private static Optional<String> provided(DisclosureRequest r) {
		List<String> items = new ArrayList<>();
		if (r.replyFiles != null && r.replyFiles > 0) {
			items.add("随本答复书提供的电子文件" + r.replyFiles + "份（见附件）");
		}
		if (r.replyReference != null) {
			items.add("该信息已主动公开，您可以通过以下途径获取：" + r.replyReference);
		}
		if (r.replyPaperNote != null) {
			items.add("纸质材料：" + r.replyPaperNote + "，按您选择的方式送达");
		}
		return items.isEmpty() ? Optional.empty() : Optional.of("本机关提供的信息：" + String.join("；", items) + "。");
	}

	private static String sentence(String text) {
		return text.endsWith("。") ? text : text + "。";
	}

	/**
	 * What the applicant or the officer wrote, set inside a sentence of the letter: without the punctuation that
	 * ended it (因需调取档案。，本机关… read as two sentences run together).
	 */
	static String clause(String text) {
		return text.strip().replaceAll("[。，；、,.;!！?？\\s]+$", "");
	}

	/** What is decided and on what basis, per outcome (art. 36, and annual-report.md §1 for the mapping). */
	static String decision(Outcome outcome) {
		return switch (outcome) {
			case DISCLOSED -> "经审查，您申请的信息属于可以公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，"
					+ "现向您提供该政府信息。";
			case PARTIALLY_DISCLOSED -> "经审查，您申请的信息中含有不应当公开的内容，但能够作区分处理。根据《中华人民共和国政府信息公开条例》"
					+ "第三十七条的规定，现向您提供可以公开的部分；不应当公开的部分及其理由、依据如下。";
			case WITHHELD_STATE_SECRET -> withheld("属于国家秘密", "第十四条");
			case WITHHELD_PROHIBITED_BY_LAW -> withheld("属于法律、行政法规禁止公开的政府信息", "第十四条");
			case WITHHELD_SECURITY_STABILITY -> withheld("公开后可能危及国家安全、公共安全、经济安全、社会稳定", "第十四条");
			case WITHHELD_THIRD_PARTY_RIGHTS -> withheld("涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害", "第十五条");
			case WITHHELD_INTERNAL_AFFAIRS -> withheld("属于人事管理、后勤管理、内部工作流程等内部事务信息", "第十六条第一款");
			case WITHHELD_PROCESS_INFORMATION -> withheld("属于讨论记录、过程稿、磋商信函、请示报告等过程性信息", "第十六条第二款");
			case WITHHELD_ENFORCEMENT_CASE_FILE -> withheld("属于行政执法案卷信息", "第十六条第二款");
			case WITHHELD_ADMINISTRATIVE_QUERY -> "您申请的信息属于有关法律、行政法规对信息的获取有特别规定的信息。根据《中华人民共和国政府信息公开条例》"
					+ "第三十六条第（七）项的规定，请您依照有关法律、行政法规的规定办理。";
			case UNAVAILABLE_NOT_HELD -> "经检索，本机关未制作或获取您申请的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（四）项的规定，"
					+ "告知您该政府信息不存在。";
			case UNAVAILABLE_NEEDS_CREATION -> "您申请的信息需要本机关对现有政府信息进行加工、分析。根据《中华人民共和国政府信息公开条例》"
					+ "第三十八条的规定，本机关不予提供。";
			case UNAVAILABLE_STILL_UNCLEAR -> "经补正后，您的申请内容仍不明确，本机关无法确定您所需的政府信息。根据《中华人民共和国政府信息公开条例》"
					+ "第三十条的规定，本机关无法提供。";
			case NOT_PROCESSED_PETITION -> "您以政府信息公开申请的形式进行信访、投诉、举报等活动。根据《中华人民共和国政府信息公开条例》第三十九条第一款的规定，"
					+ "本机关不作为政府信息公开申请处理，您可以通过信访等相应渠道提出。";
			case NOT_PROCESSED_DUPLICATE -> "本机关已就您此前提出的相同申请作出答复。根据《中华人民共和国政府信息公开条例》第三十六条第（六）项的规定，"
					+ "不予重复处理。";
			case NOT_PROCESSED_PUBLICATION -> "您申请获取的是公开出版物。根据《中华人民共和国政府信息公开条例》第三十九条第二款的规定，"
					+ "请您通过公开发行渠道获取。";
			case NOT_PROCESSED_EXCESSIVE -> "您申请公开政府信息的数量、频次明显超过合理范围，且说明的理由不合理。根据《中华人民共和国政府信息公开条例》"
					+ "第三十五条的规定，本机关不予处理。";
			case NOT_PROCESSED_CONFIRMATION -> "您的申请系要求本机关确认或重新出具已获取的信息，不属于政府信息公开申请的范围，本机关不予处理。";
			case OTHER_NO_CLARIFICATION -> "您未在补正期限内补正申请，根据《中华人民共和国政府信息公开条例》第三十条的规定，视为放弃申请，"
					+ "本机关不再处理该政府信息公开申请。";
			case OTHER_FEE_UNPAID -> "您未在收费通知规定的期限内缴纳信息处理费，根据《政府信息公开信息处理费管理办法》的规定，视为放弃申请，"
					+ "本机关不再处理该政府信息公开申请。";
			case OTHER -> "您已撤回该政府信息公开申请，本机关终止办理。";
		};
	}

	private static String withheld(String reason, String article) {
		return "经审查，您申请的信息" + reason + "。根据《中华人民共和国政府信息公开条例》" + article + "的规定，本机关决定不予公开。";
	}

	private static String opening(DisclosureRequest r) {
		return "本机关于" + (r.receivedOn == null ? r.lastActionOn : r.receivedOn).format(DATE) + "收到您提出的关于“"
				+ clause(r.description) + "”的政府信息公开申请（编号：" + r.trackingNumber + "）。";
	}

	private static String feeBasis(DisclosureRequest r) {
		if (r.feeSchedule == null || r.feeQuantity == null) {
			return "";
		}
		return r.feeSchedule == FeeSchedule.PER_PAGE ? "（按量计收，共" + r.feeQuantity + "页）"
				: "（按件计收，系您本月第" + r.feeQuantity + "件申请）";
	}

	private static Letter letter(Letter.Kind kind, String title, DisclosureRequest r, String agencyName, LocalDate on,
			List<String> paragraphs) {
		String addressee = kind == Letter.Kind.CONSULTATION_LETTER ? r.consultedParty : r.applicant.name();
		String suffix = switch (kind) {
			case REPLY -> "答复";
			case CLARIFICATION_NOTICE -> "补正";
			case EXTENSION_NOTICE -> "延期";
			case CONSULTATION_LETTER -> "征求意见";
			case FEE_NOTICE -> "收费";
		};
		return new Letter(kind, title, "编号：" + r.trackingNumber + "-" + suffix, addressee, paragraphs, agencyName, on);
	}

}
