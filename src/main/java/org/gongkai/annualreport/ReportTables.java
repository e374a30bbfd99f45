package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

import org.gongkai.annualreport.ReportTable.Cell;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestTable;
import org.gongkai.requests.RequestTable.Column;
import org.gongkai.requests.RequestTable.Flow;

/**
 * Tables 二, 三 and 四 laid out as 国办公开办函〔2021〕30号 prints them (rules.md §3.2–3.4), headings and notes
 * verbatim. Each figure cell is named by its code ({@link TypedFigures#CODES}); the same grid shows a report's
 * figures or, with the codes themselves in the cells, the form a supervising office types a PDF's numbers into.
 */
final class ReportTables {

	static final String BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

	/** The labels of table 三's rows R3.3.1 … R3.6.3 after their group heading. */
	private static final String[][] OUTCOME_GROUPS = {
			{ "（三）不予公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
					"5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项" },
			{ "（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确" },
			{ "（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
					"5.要求行政机关确认或重新出具已获取信息" },
			{ "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
					"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他" } };

	private ReportTables() {
	}

	static List<ReportTable> all(ReportFigures figures) {
		return all(code -> TypedFigures.text(figures, code));
	}

	/** The tables with each figure cell holding its code instead of a number. */
	static List<ReportTable> layout() {
		return all(code -> code);
	}

	private static List<ReportTable> all(UnaryOperator<String> cell) {
		return List.of(proactive(cell), requests(cell), appeals(cell));
	}

	/** Table 二: 第二十条第（一）（五）（六）（八）项. */
	private static ReportTable proactive(UnaryOperator<String> cell) {
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(List.of(Cell.label("第二十条第（一）项", 4, 1)));
		rows.add(List.of(Cell.label("信息内容"), Cell.label("本年制发件数"), Cell.label("本年废止件数"), Cell.label("现行有效件数")));
		rows.add(List.of(Cell.label("规章"), figure(cell, "rules.issued"),
				figure(cell, "rules.abolished"), figure(cell, "rules.inForce")));
		rows.add(List.of(Cell.label("行政规范性文件"), figure(cell, "normativeDocuments.issued"),
				figure(cell, "normativeDocuments.abolished"),
				figure(cell, "normativeDocuments.inForce")));
		block(rows, "第二十条第（五）项", "本年处理决定数量");
		rows.add(List.of(Cell.label("行政许可"), figure(cell, "licensing", 3)));
		block(rows, "第二十条第（六）项", "本年处理决定数量");
		rows.add(List.of(Cell.label("行政处罚"), figure(cell, "penalty", 3)));
		rows.add(List.of(Cell.label("行政强制"), figure(cell, "enforcement", 3)));
		block(rows, "第二十条第（八）项", "本年收费金额（单位：万元）");
		rows.add(List.of(Cell.label("行政事业性收费"), figure(cell, "administrativeFeesWanYuan", 3)));
		return new ReportTable("二、主动公开政府信息情况", 4, rows);
	}

	private static void block(List<List<Cell>> rows, String item, String column) {
		rows.add(List.of(Cell.label(item, 4, 1)));
		rows.add(List.of(Cell.label("信息内容"), Cell.label(column, 3, 1)));
	}

	/** Table 三: 7 applicant columns, 25 rows, the balance note in the corner. */
	private static ReportTable requests(UnaryOperator<String> cell) {
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(List.of(Cell.label(BALANCE_NOTE, 3, 3), Cell.label("申请人情况", 7, 1)));
		rows.add(List.of(Cell.label("自然人", 1, 2), Cell.label("法人或其他组织", 5, 1), Cell.label("总计", 1, 2)));
		rows.add(List.of(Cell.label("商业企业"), Cell.label("科研机构"), Cell.label("社会公益组织"), Cell.label("法律服务机构"),
				Cell.label("其他")));
		rows.add(figureRow(List.of(Cell.label("一、本年新收政府信息公开申请数量", 3, 1)), cell, Flow.RECEIVED));
		rows.add(figureRow(List.of(Cell.label("二、上年结转政府信息公开申请数量", 3, 1)), cell, Flow.CARRIED_OVER));
		rows.add(figureRow(List.of(Cell.label("三、本年度办理结果", 1, 22), Cell.label("（一）予以公开", 2, 1)), cell,
				Outcome.DISCLOSED));
		rows.add(figureRow(List.of(Cell.label("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2, 1)), cell,
				Outcome.PARTIALLY_DISCLOSED));
		Iterator<Outcome> outcomes = EnumSet.range(Outcome.WITHHELD_STATE_SECRET, Outcome.OTHER).iterator();
		for (String[] group : OUTCOME_GROUPS) {
			for (int i = 1; i < group.length; i++) {
				List<Cell> labels = i == 1 ? List.of(Cell.label(group[0], 1, group.length - 1), Cell.label(group[i]))
						: List.of(Cell.label(group[i]));
				rows.add(figureRow(labels, cell, outcomes.next()));
			}
		}
		rows.add(figureRow(List.of(Cell.label("（七）总计", 2, 1)), cell, Flow.CLOSED));
		rows.add(figureRow(List.of(Cell.label("四、结转下年度继续办理", 3, 1)), cell, Flow.CARRIED_FORWARD));
		return new ReportTable("三、收到和处理政府信息公开申请情况", 10, rows);
	}

	private static List<Cell> figureRow(List<Cell> labels, UnaryOperator<String> cell, RequestTable.Row row) {
		List<Cell> cells = new ArrayList<>(labels);
		for (Column column : Column.values()) {
			cells.add(figure(cell, TypedFigures.request(row, column)));
		}
		return cells;
	}

	/** Table 四: reconsideration (5 columns) and litigation (direct, after reconsideration: 5 each). */
	private static ReportTable appeals(UnaryOperator<String> cell) {
		List<String> results = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(List.of(Cell.label("行政复议", 5, 1), Cell.label("行政诉讼", 10, 1)));
		List<Cell> second = new ArrayList<>();
		results.forEach(result -> second.add(Cell.label(result, 1, 2)));
		second.add(Cell.label("未经复议直接起诉", 5, 1));
		second.add(Cell.label("复议后起诉", 5, 1));
		rows.add(second);
		List<Cell> third = new ArrayList<>();
		results.forEach(result -> third.add(Cell.label(result)));
		results.forEach(result -> third.add(Cell.label(result)));
		rows.add(third);
		List<Cell> values = new ArrayList<>();
		for (String group : TypedFigures.APPEAL_GROUPS) {
			for (String column : TypedFigures.APPEAL_COLUMNS) {
				values.add(figure(cell, group + "." + column));
			}
		}
		rows.add(values);
		return new ReportTable("四、政府信息公开行政复议、行政诉讼情况", 15, rows);
	}

	private static Cell figure(UnaryOperator<String> cell, String code) {
		return Cell.figure(code, cell.apply(code));
	}

	private static Cell figure(UnaryOperator<String> cell, String code, int colspan) {
		return Cell.figure(code, cell.apply(code), colspan);
	}

	/** 万元 as the report prints it: no trailing zeros ("0", "96171.6", "59237.2449"). */
	static String money(BigDecimal amount) {
		return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
	}

}
