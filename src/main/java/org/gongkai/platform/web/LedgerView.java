package org.gongkai.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.LedgerSorting;

/**
 * What the shared query form and pager ({@code fragments/ledger.html}) show of a ledger (issue 19): its address,
 * the query as asked, the page found, and the choices of the form's lists. A choice carries either a message key
 * or a text (an agency's name).
 */
public record LedgerView(String path, LedgerQuery query, LedgerPage<?> page, List<Option> agencies,
		List<Option> statuses, List<Option> sorts, String sortKey, boolean descending, boolean csv,
		String personLabel) {

	/** A choice of one of the form's lists. */
	public record Option(String value, String key, String text) {
	}

	/**
	 * A ledger's view; the sort keys' labels are {@code sortLabelPrefix + key} in the message bundles.
	 */
	public static LedgerView of(String path, LedgerQuery query, LedgerPage<?> page, LedgerSorting sorting,
			String sortLabelPrefix) {
		List<Option> sorts = sorting.keys().stream().map(k -> new Option(k, sortLabelPrefix + k, null)).toList();
		return new LedgerView(path, query, page, List.of(), List.of(), sorts, sorting.key(query),
				sorting.descending(query), false, null);
	}

	/** The agencies the reader may pick from: code and name. */
	public <A> LedgerView withAgencies(List<A> agencies, Function<A, String> code, Function<A, String> name) {
		List<Option> options = agencies.stream().map(a -> new Option(code.apply(a), null, name.apply(a))).toList();
		return new LedgerView(path, query, page, options, statuses, sorts, sortKey, descending, csv, personLabel);
	}

	/** The statuses the reader may pick from; their labels are {@code labelPrefix + name}. */
	public LedgerView withStatuses(String labelPrefix, Enum<?>... values) {
		return withStatuses(labelPrefix, Arrays.stream(values).map(Enum::name).toList());
	}

	public LedgerView withStatuses(String labelPrefix, List<String> values) {
		List<Option> options = values.stream().map(v -> new Option(v, labelPrefix + v, null)).toList();
		return new LedgerView(path, query, page, agencies, options, sorts, sortKey, descending, csv, personLabel);
	}

	/** Statuses shown as they are (the audit log's actions), not through the message bundles. */
	public LedgerView withStatusTexts(List<String> values) {
		List<Option> options = values.stream().map(v -> new Option(v, null, v)).toList();
		return new LedgerView(path, query, page, agencies, options, sorts, sortKey, descending, csv, personLabel);
	}

	/** Offers a CSV export besides the XLSX one. */
	public LedgerView withCsv() {
		return new LedgerView(path, query, page, agencies, statuses, sorts, sortKey, descending, true, personLabel);
	}

	/** Offers the person field, labelled with this message key. */
	public LedgerView withPerson(String labelKey) {
		return new LedgerView(path, query, page, agencies, statuses, sorts, sortKey, descending, csv, labelKey);
	}

	public String pageLink(int number) {
		return query.link(path, number);
	}

	public String exportLink(String format) {
		return query.exportLink(path + "/export", format);
	}

}
