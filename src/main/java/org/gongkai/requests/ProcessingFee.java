package org.gongkai.requests;

import java.math.BigDecimal;

/**
 * 信息处理费 (OGI art. 42; 《政府信息公开信息处理费管理办法》 国办函〔2020〕109号), charged "按照超额累进方式":
 * <ul>
 * <li>per application (art. 4): "同一申请人一个自然月内累计申请10件以下(含10件)的，不收费"; "11—30件(含30件)的部分：
 * 100元/件"; "31件以上的部分：以10件为一档，每增加一档，收费标准提高100元/件";</li>
 * <li>per page (art. 5): "30页以下(含30页)的，不收费"; "31—100页(含100页)的部分：10元/页"; "101—200页(含200页)的部分：
 * 20元/页"; "201页以上的部分：40元/页".</li>
 * </ul>
 */
public final class ProcessingFee {

	private ProcessingFee() {
	}

	/** The fee of one application under one schedule. */
	public record Quote(FeeSchedule schedule, int quantity, BigDecimal amountYuan) {
	}

	/**
	 * @param quantity for {@link FeeSchedule#PER_APPLICATION} the rank (from 1) of this application among the same
	 * applicant's applications in the calendar month; for {@link FeeSchedule#PER_PAGE} the pages provided
	 */
	public static Quote quote(FeeSchedule schedule, int quantity) {
		long yuan = switch (schedule) {
			case PER_APPLICATION -> perApplication(quantity);
			case PER_PAGE -> perPage(quantity);
		};
		return new Quote(schedule, quantity, BigDecimal.valueOf(yuan));
	}

	/** The per-application fees of ranks 1 to n of one month, added up (35 applications → 3000 元). */
	public static BigDecimal monthTotal(int applicationsInMonth) {
		long total = 0;
		for (int rank = 1; rank <= applicationsInMonth; rank++) {
			total += perApplication(rank);
		}
		return BigDecimal.valueOf(total);
	}

	private static long perApplication(int rank) {
		if (rank < 1) {
			throw new IllegalArgumentException("the rank of an application starts at 1: " + rank);
		}
		if (rank <= 10) {
			return 0;
		}
		if (rank <= 30) {
			return 100;
		}
		return 100L * ((rank - 30 + 9) / 10 + 1);
	}

	private static long perPage(int pages) {
		if (pages < 0) {
			throw new IllegalArgumentException("pages must not be negative: " + pages);
		}
		return 10L * band(pages, 30, 100) + 20L * band(pages, 100, 200) + 40L * Math.max(0, pages - 200);
	}

	/** The pages that fall into (from, to]. */
	private static int band(int pages, int from, int to) {
		return Math.max(0, Math.min(pages, to) - from);
	}

}
