package org.gongkai.annualreport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the tables of a report as a web page flattens them into text (the seed report): a line "|" opens a row, each
 * following line ending in "|" holds the row's cells; any other line ends the table. Texts are normalised so that
 * full-width and half-width punctuation and the spaces inside "自 然 人" compare equal.
 */
final class SeedTables {

	private SeedTables() {
	}

	static List<List<List<String>>> read(String resource) throws IOException {
		String text;
		try (InputStream in = SeedTables.class.getResourceAsStream(resource)) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<List<List<String>>> tables = new ArrayList<>();
		List<List<String>> table = null;
		for (String line : text.lines().toList()) {
			String stripped = line.strip();
			if (stripped.equals("|")) {
				if (table == null) {
					table = new ArrayList<>();
					tables.add(table);
				}
				table.add(new ArrayList<>());
			}
			else if (table != null && stripped.endsWith("|")) {
				List<String> row = table.get(table.size() - 1);
				Arrays.stream(stripped.split("\\|")).map(SeedTables::normal).filter(s -> !s.isEmpty()).forEach(row::add);
			}
			else {
				table = null;
			}
		}
		return tables;
	}

	/** A table of ours as the same rows of non-empty, normalised cell texts. */
	static List<List<String>> of(ReportTable table) {
		return table.rows()
			.stream()
			.map(row -> row.stream().map(cell -> normal(cell.text())).filter(s -> !s.isEmpty()).toList())
			.toList();
	}

	static String normal(String text) {
		return text.replaceAll("\\s+", "")
			.replace('（', '(')
			.replace('）', ')')
			.replace('：', ':')
			.replace('，', ',')
			.replace('、', '、');
	}

}
