package org.gongkai.requests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.ToLongBiFunction;

/**
 * Table 三 of the annual report, 收到和处理政府信息公开申请情况 (OGI art. 50; format 国办公开办函〔2021〕30号): the 25
 * {@link Row rows} in the order the format prints them by the 7 {@link Column columns} of applicants, a count in
 * every cell. An immutable value: the counted table of {@link RequestStatistics}, the table of a published snapshot,
 * or the one typed from a report published elsewhere, whose totals are as printed so that the checks can find where
 * it does not add up.
 */
public final class RequestTable {

	/** The rows in the format's order: R1, R2, the outcome rows R3.1 … R3.6.3, R3.7, R4 (annual-report.md §1). */
	public static final List<Row> ROWS = rows();

	/** The outcome rows whose sum is {@link Flow#CLOSED} (annual-report.md §4 check 2). */
	public static final List<Outcome> OUTCOMES = List.of(Outcome.values());

	private final long[][] cells;

	private RequestTable(long[][] cells) {
		this.cells = cells;
	}

	/**
	 * A row of table 三: one of the four rows of the flow of applications through the year, or the outcome row of
	 * its {@link Outcome}.
	 */
	public sealed interface Row permits Flow, Outcome {

		/** The row id of annual-report.md §1 and §5, e.g. {@code R3.3.1}. */
		String id();

	}

	/** The rows that count applications in and out of the year (annual-report.md §3): R1 + R2 = R3.7 + R4. */
	public enum Flow implements Row {

		/** R1 一、本年新收政府信息公开申请数量: received in the year. */
		RECEIVED("R1"),
		/** R2 二、上年结转政府信息公开申请数量: received before the year and open on 1 January. */
		CARRIED_OVER("R2"),
		/** R3.7 （七）总计: closed in the year, the sum of the outcome rows. */
		CLOSED("R3.7"),
		/** R4 四、结转下年度继续办理: received by 31 December and open then. */
		CARRIED_FORWARD("R4");

		private final String id;

		Flow(String id) {
			this.id = id;
		}

		@Override
		public String id() {
			return id;
		}

	}

	/** The columns, in the format's order: 自然人, the five kinds of 法人或其他组织, 总计 (annual-report.md §2). */
	public enum Column {

		/** 自然人. */
		NATURAL_PERSON,
		/** 商业企业. */
		COMMERCIAL_ENTERPRISE,
		/** 科研机构. */
		RESEARCH_INSTITUTION,
		/** 社会公益组织. */
		SOCIAL_WELFARE_ORGANIZATION,
		/** 法律服务机构. */
		LEGAL_SERVICE_AGENCY,
		/** 其他. */
		OTHER_ORGANIZATION,
		/** 总计: the sum of the six applicant columns. */
		TOTAL;

		/** The six applicant columns, whose sum is {@link #TOTAL}. */
		public static final List<Column> APPLICANTS = Arrays.stream(values()).filter(column -> column != TOTAL).toList();

		/** The column an applicant of this type is counted in. */
		public static Column of(ApplicantType applicant) {
			return switch (applicant) {
				case NATURAL_PERSON -> NATURAL_PERSON;
				case COMMERCIAL_ENTERPRISE -> COMMERCIAL_ENTERPRISE;
				case RESEARCH_INSTITUTION -> RESEARCH_INSTITUTION;
				case SOCIAL_WELFARE_ORGANIZATION -> SOCIAL_WELFARE_ORGANIZATION;
				case LEGAL_SERVICE_AGENCY -> LEGAL_SERVICE_AGENCY;
				case OTHER_ORGANIZATION -> OTHER_ORGANIZATION;
			};
		}

	}

	/** A table of zeros. */
	public static RequestTable empty() {
		return new RequestTable(new long[ROWS.size()][Column.values().length]);
	}

	/** A table whose cells are given one by one, totals included. */
	public static RequestTable of(ToLongBiFunction<Row, Column> cell) {
		long[][] cells = new long[ROWS.size()][Column.values().length];
		for (int r = 0; r < cells.length; r++) {
			for (Column column : Column.values()) {
				cells[r][column.ordinal()] = cell.applyAsLong(ROWS.get(r), column);
			}
		}
		return new RequestTable(cells);
	}

	/** The row with this id ({@code R3.3.1}); an unknown id is refused. */
	public static Row row(String id) {
		return ROWS.stream()
			.filter(row -> row.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no row " + id + " in table 三"));
	}

	public long cell(Row row, Column column) {
		return cells[index(row)][column.ordinal()];
	}

	/** The row's 总计 as it stands in the table (computed or printed). */
	public long total(Row row) {
		return cell(row, Column.TOTAL);
	}

	/** The row's sum over the six applicant columns, which {@link #total} should equal. */
	public long sumOfApplicants(Row row) {
		return Column.APPLICANTS.stream().mapToLong(column -> cell(row, column)).sum();
	}

	/** The column's sum over the given rows, e.g. over {@link #OUTCOMES}, which {@link Flow#CLOSED} should equal. */
	public long sum(Column column, Collection<? extends Row> rows) {
		return rows.stream().mapToLong(row -> cell(row, column)).sum();
	}

	/** The row's seven cells in the order of the columns, as the JSON form lists them (annual-report.md §5). */
	public List<Long> cells(Row row) {
		return Arrays.stream(cells[index(row)]).boxed().toList();
	}

	/** This table with one cell changed. */
	public RequestTable with(Row row, Column column, long value) {
		long[][] changed = copy(cells);
		changed[index(row)][column.ordinal()] = value;
		return new RequestTable(changed);
	}

	/** The cell-by-cell sum of this table and another. */
	public RequestTable plus(RequestTable other) {
		return of((row, column) -> cell(row, column) + other.cell(row, column));
	}

	/** A table being counted, cell by cell; only {@link RequestStatistics} counts. */
	static final class Tally {

		private final long[][] cells = new long[ROWS.size()][Column.values().length];

		/**
		 * Counts an applicant's applications into a row, its applicant column and the total; an outcome row counts
		 * into {@link Flow#CLOSED} as well.
		 */
		void count(Row row, ApplicantType applicant, long count) {
			add(row, applicant, count);
			if (row instanceof Outcome) {
				add(Flow.CLOSED, applicant, count);
			}
		}

		private void add(Row row, ApplicantType applicant, long count) {
			long[] cells = this.cells[index(row)];
			cells[Column.of(applicant).ordinal()] += count;
			cells[Column.TOTAL.ordinal()] += count;
		}

		RequestTable table() {
			return new RequestTable(copy(cells));
		}

	}

	private static List<Row> rows() {
		List<Row> rows = new ArrayList<>(List.of(Flow.RECEIVED, Flow.CARRIED_OVER));
		rows.addAll(List.of(Outcome.values()));
		rows.addAll(List.of(Flow.CLOSED, Flow.CARRIED_FORWARD));
		return List.copyOf(rows);
	}

	private static int index(Row row) {
		return ROWS.indexOf(row);
	}

	private static long[][] copy(long[][] cells) {
		long[][] copy = new long[cells.length][];
		for (int r = 0; r < cells.length; r++) {
			copy[r] = cells[r].clone();
		}
		return copy;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RequestTable table && Arrays.deepEquals(cells, table.cells);
	}

	@Override
	public int hashCode() {
		return Arrays.deepHashCode(cells);
	}

	@Override
	public String toString() {
		List<String> rows = new ArrayList<>();
		for (Row row : ROWS) {
			rows.add(row.id() + "=" + cells(row));
		}
		return "RequestTable" + rows;
	}

}
