package org.gongkai.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a ledger's query (issue 19): one page of it with the total, or every row of it through a cursor for an
 * export. The module keeps its own SQL ({@link Sql}: the columns, the {@code from ... where ...} part over its own
 * tables, the binding of its parameters); the order comes from the ledger's {@link LedgerSorting}. An export reads
 * in a read-only transaction with a fetch size, so that PostgreSQL's driver holds {@value #FETCH} rows at a time
 * instead of the whole result.
 */
@Component
public class LedgerCursor {

	static final int FETCH = 500;

	private final JdbcClient jdbc;

	private final JdbcClient cursor;

	private final TransactionTemplate readOnly;

	LedgerCursor(DataSource dataSource, PlatformTransactionManager transactions) {
		this.jdbc = JdbcClient.create(dataSource);
		JdbcTemplate fetching = new JdbcTemplate(dataSource);
		fetching.setFetchSize(FETCH);
		this.cursor = JdbcClient.create(fetching);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * A ledger's query in the module's own words.
	 *
	 * @param columns what {@code select} lists
	 * @param fromWhere the {@code from} and {@code where} clauses
	 * @param sorting the whitelist of sort keys
	 * @param binding binds the parameters {@code fromWhere} names
	 */
	public record Sql(String columns, String fromWhere, LedgerSorting sorting,
			UnaryOperator<JdbcClient.StatementSpec> binding) {
	}

	/** One page of the query, in its order, and the number of rows of the whole query. */
	public <T> LedgerPage<T> page(Sql sql, LedgerQuery query, RowMapper<T> rows) {
		String order = sql.sorting().orderBy(query);
		long total = sql.binding().apply(jdbc.sql("select count(*) " + sql.fromWhere())).query(Long.class).single();
		var items = sql.binding()
			.apply(jdbc.sql("select " + sql.columns() + " " + sql.fromWhere() + order
					+ " limit :ledgerLimit offset :ledgerOffset"))
			.param("ledgerLimit", query.pageSize())
			.param("ledgerOffset", query.offset())
			.query(rows)
			.list();
		return new LedgerPage<>(items, total, query.pageNumber(), query.pageSize());
	}

	/** Every row of the query, in its order (not only one page), one at a time; the number of rows. */
	public long each(Sql sql, LedgerQuery query, RowCallbackHandler row) {
		String order = sql.sorting().orderBy(query);
		long[] count = { 0 };
		readOnly.executeWithoutResult(status -> sql.binding()
			.apply(cursor.sql("select " + sql.columns() + " " + sql.fromWhere() + order))
			.query(rs -> {
				count[0]++;
				row.processRow(rs);
			}));
		return count[0];
	}

	/**
	 * One page of a query that selects only the rows' ids (its first column), the rows loaded by the module's own
	 * repository ({@code load} answers them by id) and shown in the query's order.
	 */
	public <T> LedgerPage<T> pageOfIds(Sql sql, LedgerQuery query, Function<List<Long>, Map<Long, T>> load) {
		LedgerPage<Long> ids = page(sql, query, (rs, row) -> rs.getLong(1));
		Map<Long, T> loaded = load.apply(ids.items());
		return ids.map(loaded::get);
	}

	/**
	 * Every row of a query that selects only the rows' ids, loaded {@value #FETCH} at a time by the module's own
	 * repository and handed on in the query's order; the number of rows.
	 */
	public <T> long eachOfIds(Sql sql, LedgerQuery query, Function<List<Long>, Map<Long, T>> load,
			Consumer<T> rows) {
		List<Long> batch = new ArrayList<>(FETCH);
		Runnable flush = () -> {
			Map<Long, T> loaded = load.apply(List.copyOf(batch));
			batch.forEach(id -> rows.accept(loaded.get(id)));
			batch.clear();
		};
		long count = each(sql, query, rs -> {
			batch.add(rs.getLong(1));
			if (batch.size() == FETCH) {
				flush.run();
			}
		});
		if (!batch.isEmpty()) {
			flush.run();
		}
		return count;
	}

}
