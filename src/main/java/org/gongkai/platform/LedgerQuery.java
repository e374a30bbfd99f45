package org.gongkai.platform;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a ledger's query form asks (issue 19), the same for every ledger: an agency (by code), a status, a date range
 * (both ends included), a text to look for, a person (an actor, an author, an officer, by user name), a sort key with its direction, a page and its size; {@code filter} is
 * a ledger's named preset (the requests' "due soon", for example). Every field may be empty; the ledger then shows
 * everything the reader may read. The ledger checks the status and the sort key against its own lists
 * ({@link LedgerSorting}): nothing here reaches SQL except as a bound parameter.
 */
public record LedgerQuery(String agency, String status, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String text, String person, String sort, String dir,
		Integer page, Integer size, String filter) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 500;

	public static final LedgerQuery NONE = new LedgerQuery(null, null, null, null, null, null, null, null, null, null, null);

	public LedgerQuery {
		agency = blankToNull(agency);
		status = blankToNull(status);
		text = blankToNull(text);
		person = blankToNull(person);
		sort = blankToNull(sort);
		dir = blankToNull(dir);
		filter = blankToNull(filter);
		if (from != null && to != null && from.isAfter(to)) {
			throw DomainException.invalid("to", "ledger.dates.reversed");
		}
		if (text != null && text.length() > 200 || person != null && person.length() > 200) {
			throw DomainException.invalid("text", "ledger.text.tooLong", 200);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The status asked for as the ledger's own type, or null for any; an unknown one is bad input (400). */
	public <S extends Enum<S>> S status(Class<S> type) {
		if (status == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, status);
		}
		catch (IllegalArgumentException e) {
			throw DomainException.invalid("status", "ledger.status.unknown", status);
		}
	}

	/** The page asked for, from 1. */
	public int pageNumber() {
		return page == null || page < 1 ? 1 : page;
	}

	public int pageSize() {
		return size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
	}

	public long offset() {
		return (long) (pageNumber() - 1) * pageSize();
	}

	/** The text as a {@code like} pattern that matches it anywhere, its wildcards escaped; null without a text. */
	public String textPattern() {
		if (text == null) {
			return null;
		}
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	public LedgerQuery withFilter(String preset) {
		return new LedgerQuery(agency, status, from, to, text, person, sort, dir, page, size, preset);
	}

	/** The query's parameters as a link carries them, in the form's order; the empty ones left out. */
	public java.util.Map<String, Object> parameters() {
		java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>();
		put(parameters, "filter", filter);
		put(parameters, "agency", agency);
		put(parameters, "status", status);
		put(parameters, "from", from);
		put(parameters, "to", to);
		put(parameters, "text", text);
		put(parameters, "person", person);
		put(parameters, "sort", sort);
		put(parameters, "dir", dir);
		put(parameters, "size", size);
		put(parameters, "page", page);
		return parameters;
	}

	private static void put(java.util.Map<String, Object> parameters, String name, Object value) {
		if (value != null) {
			parameters.put(name, value);
		}
	}

}
