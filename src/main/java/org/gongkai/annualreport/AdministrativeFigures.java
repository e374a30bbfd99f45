package org.gongkai.annualreport;

import java.math.BigDecimal;

/**
 * OGI art. 20 items 5, 6 and 8 for one year: licensing, penalty and enforcement decisions, and administrative fees
 * collected in 万元 (decimal, up to four places).
 */
public record AdministrativeFigures(int year, long licensing, long penalty, long enforcement,
		BigDecimal feesWanYuan) {

	static AdministrativeFigures none(int year) {
		return new AdministrativeFigures(year, 0, 0, 0, BigDecimal.ZERO);
	}

}
