package org.gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Modules own their tables (issue 14): the SQL in a module's main code names no table that another module creates.
 * A table belongs to the module whose Flyway migration creates it ({@code V<n>__<module>_….sql}); other modules reach
 * its data through that module's public types, and agency scoping goes through {@code identity.AgencyScope}. Tables
 * that no migration creates (Spring Modulith's {@code event_publication}) belong to the framework and are not checked.
 * Platform's backup and restore copy every table generically, by names read from the database catalog, so their SQL
 * names no table and needs no exception. The rule is shown to fire on a fixture, as ArchitectureTests does.
 */
class TableOwnershipTests {

	private static final Path SOURCES = Path.of("src/main/java/org/gongkai");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** V50__platform_cluster.sql made {@code job_run}, created by requests in V5, the claim of every daily job. */
	private static final Map<String, String> TAKEN_OVER = Map.of("job_run", "platform");

	private static final Pattern MIGRATION = Pattern.compile("V\\d+__([a-z]+).*\\.sql");

	private static final Pattern CREATE_TABLE = Pattern
		.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	private static final Pattern TABLE_REFERENCE = Pattern
		.compile("(?i)\\b(?:from|join|update|into|table)\\s+([a-z_][a-z0-9_]*)");

	@Test
	void noModuleNamesAnotherModulesTable() {
		Map<String, String> owners = owners();
		Map<String, Set<String>> violations = new TreeMap<>();
		for (Path file : javaFiles(SOURCES)) {
			String relative = SOURCES.relativize(file).toString().replace('\\', '/');
			if (!relative.contains("/")) {
				continue;
			}
			String module = relative.substring(0, relative.indexOf('/'));
			Set<String> foreign = foreignTables(module, read(file), owners);
			if (!foreign.isEmpty()) {
				violations.put(relative, foreign);
			}
		}
		assertThat(violations).as("SQL naming another module's tables, by file").isEmpty();
	}

	@Test
	void everyTableHasOneOwningModule() {
		Map<String, String> owners = owners();
		assertThat(owners).containsEntry("agency", "identity")
			.containsEntry("disclosure_request", "requests")
			.containsEntry("appeal_document", "appeals")
			.containsEntry("outgoing_mail", "platform")
			.containsEntry("job_run", "platform");
	}

	@Test
	void ruleFiresOnAFixtureThatJoinsAnotherModulesTables() {
		String fixture = read(Path.of("src/test/java/archfixture/CrossModuleSql.java"));
		assertThat(foreignTables("archfixture", fixture, owners())).containsExactly("agency", "disclosure_request");
		assertThat(foreignTables("requests", fixture, owners())).as("a module's own table is fine")
			.containsExactly("agency");
	}

	/** The tables that the SQL in this source names and another module owns. */
	static Set<String> foreignTables(String module, String source, Map<String, String> owners) {
		Set<String> foreign = new TreeSet<>();
		for (String literal : stringLiterals(source)) {
			Matcher reference = TABLE_REFERENCE.matcher(literal);
			while (reference.find()) {
				String table = reference.group(1).toLowerCase(Locale.ROOT);
				String owner = owners.get(table);
				if (owner != null && !owner.equals(module)) {
					foreign.add(table);
				}
			}
		}
		return foreign;
	}

	/** Each table created by a migration, with the module the migration's name gives. */
	static Map<String, String> owners() {
		Map<String, String> owners = new TreeMap<>();
		for (Path migration : files(MIGRATIONS, ".sql")) {
			Matcher name = MIGRATION.matcher(migration.getFileName().toString());
			assertThat(name.matches()).as("migration named V<n>__<module>_…: " + migration).isTrue();
			String module = module(name.group(1));
			Matcher create = CREATE_TABLE.matcher(read(migration));
			while (create.find()) {
				owners.put(create.group(1).toLowerCase(Locale.ROOT), module);
			}
		}
		owners.putAll(TAKEN_OVER);
		return owners;
	}

	/** The module a migration's first word names: the module itself, or its singular ({@code appeal}). */
	private static String module(String word) {
		for (String module : List.of(word, word + "s")) {
			if (Files.isDirectory(SOURCES.resolve(module))) {
				return module;
			}
		}
		throw new AssertionError("no module " + word + " for a migration");
	}

	/** The contents of the string literals and text blocks of a Java source; comments and characters skipped. */
	static List<String> stringLiterals(String source) {
		List<String> literals = new ArrayList<>();
		int i = 0;
		while (i < source.length()) {
			if (source.startsWith("//", i)) {
				i = end(source.indexOf('\n', i));
			}
			else if (source.startsWith("/*", i)) {
				i = end(source.indexOf("*/", i + 2)) + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int close = source.indexOf("\"\"\"", i + 3);
				literals.add(source.substring(i + 3, close));
				i = close + 3;
			}
			else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
				char quote = source.charAt(i);
				int j = i + 1;
				while (source.charAt(j) != quote) {
					j += source.charAt(j) == '\\' ? 2 : 1;
				}
				if (quote == '"') {
					literals.add(source.substring(i + 1, j));
				}
				i = j + 1;
			}
			else {
				i++;
			}
		}
		return literals;
	}

	private static int end(int index) {
		return index < 0 ? Integer.MAX_VALUE - 2 : index;
	}

	private static List<Path> javaFiles(Path root) {
		return files(root, ".java");
	}

	private static List<Path> files(Path root, String extension) {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(p -> p.toString().endsWith(extension)).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
