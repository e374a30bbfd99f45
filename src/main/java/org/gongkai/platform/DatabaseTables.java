package org.gongkai.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of Gongkai's schema as PostgreSQL's catalog describes them: their order for loading (a table after
 * the tables its foreign keys point to), their stored columns (generated columns are computed again, not copied),
 * the sequences' positions and the Flyway schema version. Flyway's own history is left out: a restore creates it by
 * migrating, and so are Spring Session's tables when sessions are kept in the database: a restore logs everyone out
 * rather than archiving live session ids.
 */
final class DatabaseTables {

	static final String FLYWAY_HISTORY = "flyway_schema_history";

	/** The prefix of Spring Session JDBC's tables. */
	static final String SESSIONS = "spring_session";

	private DatabaseTables() {
	}

	/** A table and its stored columns. */
	record Table(String name, List<String> columns) {

		String quoted() {
			return quote(name);
		}

		String quotedColumns() {
			return String.join(", ", columns.stream().map(DatabaseTables::quote).toList());
		}

	}

	/** A sequence's position; {@code called} false means the next value is {@code value} itself. */
	record SequencePosition(String name, long value, boolean called) {
	}

	/** The tables of the current schema, each after the tables it refers to (cycles, if any, at the end). */
	static List<Table> inLoadOrder(Connection connection) throws SQLException {
		Map<String, List<String>> columns = new TreeMap<>();
		try (PreparedStatement query = connection.prepareStatement("""
				select c.relname, a.attname
				from pg_class c
				join pg_namespace n on n.oid = c.relnamespace
				join pg_attribute a on a.attrelid = c.oid
				where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
				  and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
				order by c.relname, a.attnum""");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				columns.computeIfAbsent(rows.getString(1), table -> new ArrayList<>()).add(rows.getString(2));
			}
		}
		columns.remove(FLYWAY_HISTORY);
		columns.keySet().removeIf(table -> table.startsWith(SESSIONS));
		Map<String, Set<String>> refersTo = new HashMap<>();
		try (PreparedStatement query = connection.prepareStatement("""
				select c.relname, p.relname
				from pg_constraint k
				join pg_class c on c.oid = k.conrelid
				join pg_class p on p.oid = k.confrelid
				join pg_namespace n on n.oid = c.relnamespace
				where k.contype = 'f' and n.nspname = current_schema()""");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				if (!rows.getString(1).equals(rows.getString(2))) {
					refersTo.computeIfAbsent(rows.getString(1), table -> new TreeSet<>()).add(rows.getString(2));
				}
			}
		}
		Set<String> ordered = new LinkedHashSet<>();
		boolean progress = true;
		while (progress && ordered.size() < columns.size()) {
			progress = false;
			for (String table : columns.keySet()) {
				if (!ordered.contains(table) && ordered.containsAll(refersTo.getOrDefault(table, Set.of()).stream()
					.filter(columns::containsKey)
					.toList())) {
					ordered.add(table);
					progress = true;
				}
			}
		}
		ordered.addAll(columns.keySet());
		return ordered.stream().map(table -> new Table(table, List.copyOf(columns.get(table)))).toList();
	}

	/** The names of the tables of the current schema, Flyway's history included. */
	static Set<String> names(Connection connection) throws SQLException {
		Set<String> names = new TreeSet<>();
		try (PreparedStatement query = connection.prepareStatement("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')""");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

	/** The version the last successful versioned migration brought the schema to. */
	static String schemaVersion(Connection connection) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select version from " + FLYWAY_HISTORY
				+ " where success and version is not null order by installed_rank desc limit 1");
				ResultSet rows = query.executeQuery()) {
			if (!rows.next()) {
				throw new SQLException("no Flyway migration has run on this database");
			}
			return rows.getString(1);
		}
	}

	/** Where every sequence of the current schema stands (one never used stands at its start, not called). */
	static List<SequencePosition> sequences(Connection connection) throws SQLException {
		List<SequencePosition> positions = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("""
				select sequencename, coalesce(last_value, start_value), last_value is not null from pg_sequences
				where schemaname = current_schema() order by sequencename""");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				positions.add(new SequencePosition(rows.getString(1), rows.getLong(2), rows.getBoolean(3)));
			}
		}
		return positions;
	}

	/** Sets every sequence to where it stood. */
	static void resetSequences(Connection connection, List<SequencePosition> positions) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
			for (SequencePosition position : positions) {
				update.setString(1, quote(position.name()));
				update.setLong(2, position.value());
				update.setBoolean(3, position.called());
				update.execute();
			}
		}
	}

	/** The number of rows of each table. */
	static Map<String, Long> rowCounts(Connection connection, List<Table> tables) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement()) {
			for (Table table : tables) {
				try (ResultSet rows = statement.executeQuery("select count(*) from " + table.quoted())) {
					rows.next();
					counts.put(table.name(), rows.getLong(1));
				}
			}
		}
		return counts;
	}

	static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

}
