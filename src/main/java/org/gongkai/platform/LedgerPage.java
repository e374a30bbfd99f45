package org.gongkai.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a ledger's query, and how many rows the whole query has. */
public record LedgerPage<T>(List<T> items, long total, int page, int size) {

	public LedgerPage {
		items = List.copyOf(items);
	}

	public int pages() {
		return total == 0 ? 1 : (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages();
	}

	/** The number of the first row shown, from 1; 0 when there is none. */
	public long firstRow() {
		return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
	}

	public long lastRow() {
		return items.isEmpty() ? 0 : firstRow() + items.size() - 1;
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

	public <R> LedgerPage<R> map(Function<T, R> mapping) {
		return new LedgerPage<>(items.stream().map(mapping).toList(), total, page, size);
	}

}
