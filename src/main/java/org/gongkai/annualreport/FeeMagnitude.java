package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.gongkai.annualreport.Check.Rule;
import org.gongkai.identity.AgencyLevel;

/**
 * Questions a 行政事业性收费 figure (table 二, in 万元) whose magnitude looks wrong, as warnings before publication:
 * the commonest slip is a figure in 元 typed into the 万元 field (×10,000), or the reverse. Heuristics, not law: a
 * warning asks the agency to look again and is shown to the supervising office; it never blocks publication.
 */
final class FeeMagnitude {

	/** Above this, a year-on-year ratio reads as a unit slip rather than a change (元 and 万元 differ by ×10,000). */
	static final BigDecimal SLIP_RATIO = new BigDecimal(1000);

	/** Above this, a ratio to the peers' median is questioned. */
	static final BigDecimal PEER_RATIO = new BigDecimal(20);

	/** Peers with fees needed before a comparison with them means anything. */
	static final int MIN_PEERS = 3;

	private FeeMagnitude() {
	}

	/**
	 * The most an agency of this level plausibly collects in a year, in 万元: a department 1亿元, a district
	 * government (its own, or its departments summed) 2亿元, a city 20亿元, a province 200亿元.
	 */
	static BigDecimal ceiling(AgencyLevel level) {
		switch (level) {
			case PROVINCE:
				return new BigDecimal(2_000_000);
			case CITY:
				return new BigDecimal(200_000);
			case DISTRICT:
				return new BigDecimal(20_000);
			default:
				return new BigDecimal(10_000);
		}
	}

	/** Above the level's ceiling, or about ×10,000 (or ÷10,000) from last year's published figure. */
	static Check unit(BigDecimal fees, AgencyLevel level, BigDecimal lastYear) {
		StringBuilder detail = new StringBuilder();
		BigDecimal ceiling = ceiling(level);
		if (fees.compareTo(ceiling) > 0) {
			detail.append(ReportTables.money(fees)).append(" > ").append(ReportTables.money(ceiling));
		}
		if (lastYear != null && lastYear.signum() > 0 && fees.signum() > 0) {
			BigDecimal up = fees.divide(lastYear, 6, RoundingMode.HALF_UP);
			BigDecimal down = lastYear.divide(fees, 6, RoundingMode.HALF_UP);
			if (up.compareTo(SLIP_RATIO) >= 0 || down.compareTo(SLIP_RATIO) >= 0) {
				if (detail.length() > 0) {
					detail.append("; ");
				}
				detail.append(ReportTables.money(lastYear)).append(" → ").append(ReportTables.money(fees));
			}
		}
		return new Check(Rule.FEES_UNIT, detail.length() == 0, detail.toString());
	}

	/** Far (×20) above or below the median of the peers that collect fees. */
	static Check peers(BigDecimal fees, List<BigDecimal> peers) {
		List<BigDecimal> collecting = peers.stream().filter(peer -> peer.signum() > 0).sorted().toList();
		if (collecting.size() < MIN_PEERS || fees.signum() <= 0) {
			return new Check(Rule.FEES_PEERS, true, "");
		}
		int n = collecting.size();
		BigDecimal median = n % 2 == 1 ? collecting.get(n / 2)
				: collecting.get(n / 2 - 1).add(collecting.get(n / 2)).divide(BigDecimal.valueOf(2));
		boolean far = fees.compareTo(median.multiply(PEER_RATIO)) > 0
				|| fees.multiply(PEER_RATIO).compareTo(median) < 0;
		return new Check(Rule.FEES_PEERS, !far,
				far ? ReportTables.money(fees) + " / median " + ReportTables.money(median) + " (" + n + ")" : "");
	}

}
