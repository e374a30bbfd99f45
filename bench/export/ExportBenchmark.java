package org.gongkai.platform;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * bench/export: a ledger of N rows (default 100,000) in the embedded PostgreSQL, exported to XLSX through the
 * shared mechanism (LedgerCursor.each with its fetch size, Spreadsheet.xlsx on POI's streaming workbook), as the
 * export endpoints do. Prints the time of the export, the file's size and the peak heap used during it (the sum of
 * the heap pools' peaks, reset after the rows were inserted). Run with a small -Xmx to show the rows are not held.
 */
public final class ExportBenchmark {

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Path dir = Path.of(args.length > 1 ? args[1] : "target/bench-export");
		Files.createDirectories(dir);
		try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(dir.resolve("pg"));
				HikariDataSource pool = EmbeddedDatabaseConfiguration.pool(postgres)) {
			var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(pool);
			jdbc.sql("drop table if exists bench_ledger").update();
			jdbc.sql("""
					create table bench_ledger (id bigint primary key, tracking_number text, agency text, applicant text,
					  description text, status text, received_on date, due_on date, assigned_to text)""").update();
			long started = System.nanoTime();
			jdbc.sql("""
					insert into bench_ledger
					select i, 'YSQ-2026-' || lpad(i::text, 6, '0'), '示例区某局' || (i % 50), '申请人' || i,
					       '关于某某事项的政府信息公开申请，请求公开' || i || '号文件及其附件、相关会议纪要和执行情况',
					       (array['RECEIVED','IN_CONSULTATION','AWAITING_PAYMENT','CLOSED'])[1 + i % 4],
					       date '2026-01-01' + (i % 300), date '2026-02-01' + (i % 300), 'officer' || (i % 20)
					from generate_series(1, :rows) i""").param("rows", rows).update();
			jdbc.sql("analyze bench_ledger").update();
			System.out.printf("inserted %,d rows in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);

			LedgerCursor cursor = new LedgerCursor(pool, new DataSourceTransactionManager(pool));
			LedgerSorting sorting = LedgerSorting.of(false, "r.id", "dueOn", "r.due_on", "trackingNumber",
					"r.tracking_number");
			LedgerCursor.Sql sql = new LedgerCursor.Sql(
					"r.tracking_number, r.agency, r.applicant, r.description, r.status, r.received_on, r.due_on,"
							+ " r.assigned_to",
					"from bench_ledger r where r.received_on >= :from", sorting, spec -> spec.param("from",
							LocalDate.of(2025, 1, 1)));
			Path file = dir.resolve("export.xlsx");
			for (int run = 1; run <= 2; run++) {
				System.gc();
				List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
					.stream()
					.filter(p -> p.getType() == MemoryType.HEAP)
					.toList();
				heap.forEach(MemoryPoolMXBean::resetPeakUsage);
				long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
				long[] count = { 0 };
				started = System.nanoTime();
				try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
					Spreadsheet.xlsx(out, "requests", List.of("编号", "机构", "申请人", "内容", "状态", "收到", "期限", "承办人"),
							sheet -> count[0] = cursor.each(sql, LedgerQuery.NONE,
									rs -> sheet.add(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
											rs.getString(5), rs.getObject(6, LocalDate.class),
											rs.getObject(7, LocalDate.class), rs.getString(8))));
				}
				double seconds = (System.nanoTime() - started) / 1e9;
				long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
				System.out.printf("run %d: exported %,d rows to XLSX in %.2f s (%,.0f rows/s), file %.1f MB, "
						+ "heap before %.1f MB, peak during export %.1f MB (max heap %.0f MB)%n", run, count[0],
						seconds, count[0] / seconds, Files.size(file) / 1e6, before / 1e6, peak / 1e6,
						Runtime.getRuntime().maxMemory() / 1e6);
			}
		}
	}

}
