package org.gongkai.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns a ledger may be sorted by, each a key that forms and links carry and the SQL expression it stands
 * for: the whitelist that keeps a sort parameter from ever reaching SQL. A key or a direction not on it is refused
 * as bad input (400). The tie-break (a unique column) makes every order total, so that pages never overlap.
 */
public final class LedgerSorting {

	private final Map<String, String> columns;

	private final String defaultKey;

	private final boolean defaultDescending;

	private final String tieBreak;

	private LedgerSorting(Map<String, String> columns, String defaultKey, boolean defaultDescending,
			String tieBreak) {
		this.columns = columns;
		this.defaultKey = defaultKey;
		this.defaultDescending = defaultDescending;
		this.tieBreak = tieBreak;
	}

	/**
	 * A whitelist of alternating keys and SQL expressions; the first key (with the given direction) is the default
	 * order.
	 */
	public static LedgerSorting of(boolean defaultDescending, String tieBreak, String... keysAndColumns) {
		if (keysAndColumns.length == 0 || keysAndColumns.length % 2 != 0) {
			throw new IllegalArgumentException("keys and columns come in pairs");
		}
		Map<String, String> columns = new LinkedHashMap<>();
		for (int i = 0; i < keysAndColumns.length; i += 2) {
			columns.put(keysAndColumns[i], keysAndColumns[i + 1]);
		}
		return new LedgerSorting(columns, keysAndColumns[0], defaultDescending, tieBreak);
	}

	/** The keys, in the order the form offers them. */
	public List<String> keys() {
		return List.copyOf(columns.keySet());
	}

	/** The key the query sorts by: its own, or the default. */
	public String key(LedgerQuery query) {
		String key = query.sort() == null ? defaultKey : query.sort();
		if (!columns.containsKey(key)) {
			throw DomainException.invalid("sort", "ledger.sort.unknown", key);
		}
		return key;
	}

	public boolean descending(LedgerQuery query) {
		if (query.dir() == null) {
			return query.sort() == null || query.sort().equals(defaultKey) ? defaultDescending : false;
		}
		return switch (query.dir()) {
			case "asc" -> false;
			case "desc" -> true;
			default -> throw DomainException.invalid("dir", "ledger.sort.unknown", query.dir());
		};
	}

	/** The {@code order by} clause of the query, built only from the whitelist. */
	public String orderBy(LedgerQuery query) {
		String direction = descending(query) ? " desc" : " asc";
		return " order by " + columns.get(key(query)) + direction + " nulls last, " + tieBreak + direction;
	}

}
