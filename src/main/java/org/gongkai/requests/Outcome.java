package org.gongkai.requests;

/**
 * How a closed application ended: one row of table 三 of the annual report (国办公开办函〔2021〕30号), codes of
 * annual-report.md §1. Every closed application has exactly one.
 */
public enum Outcome implements RequestTable.Row {

	/** R3.1 （一）予以公开 (art. 36 (一)(二)). */
	DISCLOSED("R3.1"),
	/** R3.2 （二）部分公开 (art. 37): counted only here. */
	PARTIALLY_DISCLOSED("R3.2"),
	/** R3.3.1 属于国家秘密 (art. 14). */
	WITHHELD_STATE_SECRET("R3.3.1"),
	/** R3.3.2 其他法律行政法规禁止公开 (art. 14). */
	WITHHELD_PROHIBITED_BY_LAW("R3.3.2"),
	/** R3.3.3 危及“三安全一稳定” (art. 14). */
	WITHHELD_SECURITY_STABILITY("R3.3.3"),
	/** R3.3.4 保护第三方合法权益 (art. 15). */
	WITHHELD_THIRD_PARTY_RIGHTS("R3.3.4"),
	/** R3.3.5 属于三类内部事务信息 (art. 16 ¶1). */
	WITHHELD_INTERNAL_AFFAIRS("R3.3.5"),
	/** R3.3.6 属于四类过程性信息 (art. 16 ¶2). */
	WITHHELD_PROCESS_INFORMATION("R3.3.6"),
	/** R3.3.7 属于行政执法案卷 (art. 16 ¶2). */
	WITHHELD_ENFORCEMENT_CASE_FILE("R3.3.7"),
	/** R3.3.8 属于行政查询事项 (art. 36 (七)). */
	WITHHELD_ADMINISTRATIVE_QUERY("R3.3.8"),
	/** R3.4.1 本机关不掌握相关政府信息 (art. 36 (四)(五)). */
	UNAVAILABLE_NOT_HELD("R3.4.1"),
	/** R3.4.2 没有现成信息需要另行制作 (art. 38). */
	UNAVAILABLE_NEEDS_CREATION("R3.4.2"),
	/** R3.4.3 补正后申请内容仍不明确 (art. 30). */
	UNAVAILABLE_STILL_UNCLEAR("R3.4.3"),
	/** R3.5.1 信访举报投诉类申请 (art. 39 ¶1). */
	NOT_PROCESSED_PETITION("R3.5.1"),
	/** R3.5.2 重复申请 (art. 36 (六)). */
	NOT_PROCESSED_DUPLICATE("R3.5.2"),
	/** R3.5.3 要求提供公开出版物 (art. 39 ¶2). */
	NOT_PROCESSED_PUBLICATION("R3.5.3"),
	/** R3.5.4 无正当理由大量反复申请 (art. 35). */
	NOT_PROCESSED_EXCESSIVE("R3.5.4"),
	/** R3.5.5 要求行政机关确认或重新出具已获取信息. */
	NOT_PROCESSED_CONFIRMATION("R3.5.5"),
	/** R3.6.1 申请人无正当理由逾期不补正 (art. 30). */
	OTHER_NO_CLARIFICATION("R3.6.1"),
	/** R3.6.2 申请人逾期未按收费通知要求缴纳费用 (国办函〔2020〕109号). */
	OTHER_FEE_UNPAID("R3.6.2"),
	/** R3.6.3 其他 (withdrawals are counted here). */
	OTHER("R3.6.3");

	private final String id;

	Outcome(String id) {
		this.id = id;
	}

	/** The row id of table 三 (annual-report.md §1). */
	@Override
	public String id() {
		return id;
	}

}
