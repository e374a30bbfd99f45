package org.gongkai.platform;

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

}
