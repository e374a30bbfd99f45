package org.gongkai.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.LedgerSorting;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the shared query form and pager ({@code fragments/ledger.html}) show of a ledger (issue 19): its address,
 * the query as asked, the page found, and the choices of the form's lists. A choice carries either a message key
 * or a text (an agency's name).
 */
public record LedgerModel(String path, LedgerQuery query, LedgerPage<?> page, List<Option> agencies,
		List<Option> statuses, List<Option> sorts, String sortKey, boolean descending, boolean csv,
		String personLabel, List<Option> persons, String bundle) {

	/** A choice of one of the form's lists. */
	public record Option(String value, String key, String text) {
	}

	/**
	 * A ledger's model; its labels are the module's messages: the sort keys' {@code <bundle>sort.<key>}, the
	 * statuses' {@code <bundle>status.<name>}, for a {@code bundle} such as {@code "requests."}.
	 */
	public static LedgerModel of(String path, LedgerQuery query, LedgerPage<?> page, LedgerSorting sorting,
			String bundle) {
		List<Option> sorts = sorting.keys().stream().map(k -> new Option(k, bundle + "sort." + k, null)).toList();
		return new LedgerModel(path, query, page, List.of(), List.of(), sorts, sorting.key(query),
				sorting.descending(query), false, null, List.of(), bundle);
	}

	/** The agencies the reader may pick from: code and name. */
	public <A> LedgerModel withAgencies(List<A> agencies, Function<A, String> code, Function<A, String> name) {
		List<Option> options = agencies.stream().map(a -> new Option(code.apply(a), null, name.apply(a))).toList();
		return new LedgerModel(path, query, page, options, statuses, sorts, sortKey, descending,
				csv, personLabel, persons, bundle);
	}

	/** The statuses the reader may pick from, labelled {@code <bundle>status.<name>}. */
	public LedgerModel withStatuses(Enum<?>... values) {
		return withStatuses(bundle + "status.", values);
	}

	/** The statuses the reader may pick from, labelled {@code <prefix><name>}. */
	public LedgerModel withStatuses(String prefix, Enum<?>... values) {
		List<Option> options = Arrays.stream(values)
			.map(Enum::name)
			.map(v -> new Option(v, prefix + v, null))
			.toList();
		return new LedgerModel(path, query, page, agencies, options, sorts, sortKey, descending,
				csv, personLabel, persons, bundle);
	}

	/** Statuses given as codes and shown by a label (the audit log's actions by their names). */
	public LedgerModel withStatusTexts(List<String> values, Function<String, String> label) {
		List<Option> options = values.stream().map(v -> new Option(v, null, label.apply(v))).toList();
		return new LedgerModel(path, query, page, agencies, options, sorts, sortKey, descending,
				csv, personLabel, persons, bundle);
	}

	/** Offers a CSV export besides the XLSX one. */
	public LedgerModel withCsv() {
		return new LedgerModel(path, query, page, agencies, statuses, sorts, sortKey, descending,
				true, personLabel, persons, bundle);
	}

	/** Offers the person field, labelled with this message key. */
	public LedgerModel withPerson(String labelKey) {
		return new LedgerModel(path, query, page, agencies, statuses, sorts, sortKey, descending,
				csv, labelKey, List.of(), bundle);
	}

	/**
	 * Offers the person field as a list of the given values (the users ledger's roles), each labelled
	 * {@code <prefix><name>}, instead of a text to type.
	 */
	public LedgerModel withPerson(String labelKey, String prefix, Enum<?>... values) {
		List<Option> options = Arrays.stream(values)
			.map(Enum::name)
			.map(v -> new Option(v, prefix + v, null))
			.toList();
		return new LedgerModel(path, query, page, agencies, statuses, sorts, sortKey, descending,
				csv, labelKey, options, bundle);
	}

	/** The address of another page of the same query. */
	public String pageLink(int number) {
		return uri(path).replaceQueryParam("page", number).build().encode().toUriString();
	}

	/** The address of the same query's export (all its rows, not one page) in the given format. */
	public String exportLink(String format) {
		return uri(path + "/export").replaceQueryParam("page").replaceQueryParam("format", format)
			.build()
			.encode()
			.toUriString();
	}

	private UriComponentsBuilder uri(String base) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
		query.parameters().forEach(uri::queryParam);
		return uri;
	}

}
