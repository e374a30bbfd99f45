package org.gongkai.annualreport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.NewAgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bench/report: 1,000,000 applications over 1,000 agencies and 10 years (2016–2025); the time to compute one
 * agency's report, all agencies' figures of a year (one by one, and with table 三 counted in one pass), next to one
 * bare SQL GROUP BY over the same rows (the floor). Runs only with {@code -Dbench.report=true}
 * (bench/report/run.sh).
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench.report", matches = "true")
class ReportBenchmark {

	private static final int AGENCIES = 1_000;

	private static final int REQUESTS = 1_000_000;

	private static final int YEAR = 2025;

	@Autowired
	AgencyAdministration administration;

	@Autowired
	AgencyDirectory directory;

	@Autowired
	AnnualReports reports;

	@Autowired
	ReportComputation computation;

	@Autowired
	JdbcClient jdbc;

	@Test
	void measure() {
		long seeding = System.nanoTime();
		List<AgencyInfo> agencies = new ArrayList<>();
		for (int i = 1; i <= AGENCIES; i++) {
			agencies.add(administration.ensureChild("demo-district",
					new NewAgency(String.format("bench-%04d", i), "基准测试单位" + i, null, null, null)));
		}
		jdbc.sql("""
				insert into disclosure_request (agency_id, tracking_number, channel, status, submitted_at, received_on,
				  clock_started_on, applicant_type, applicant_name, applicant_key, description, outcome, closed_on,
				  reference)
				select a.id, 'BENCH-' || g, 'IN_PERSON', case when g % 97 = 0 then 'RECEIVED' else 'CLOSED' end,
				  (date '2016-01-01' + d)::timestamptz, date '2016-01-01' + d, date '2016-01-01' + d,
				  (array['NATURAL_PERSON','COMMERCIAL_ENTERPRISE','RESEARCH_INSTITUTION','SOCIAL_WELFARE_ORGANIZATION',
				         'LEGAL_SERVICE_AGENCY','OTHER_ORGANIZATION'])[1 + g % 6], '基准', 'bench:' || g, '基准测试',
				  case when g % 97 = 0 then null else (array['DISCLOSED','PARTIALLY_DISCLOSED','WITHHELD_STATE_SECRET',
				    'UNAVAILABLE_NOT_HELD','NOT_PROCESSED_DUPLICATE','OTHER_NO_CLARIFICATION','OTHER'])[1 + g % 7] end,
				  case when g % 97 = 0 then null else date '2016-01-01' + d + (g % 45) end,
				  'BENCH-' || g
				from (select g, (g::bigint * 7919 % 3652)::int as d from generate_series(1, :n) g) s
				join (select id, row_number() over (order by id) - 1 as k from agency where code like 'bench-%') a
				  on a.k = g % :agencies""")
			.param("n", REQUESTS)
			.param("agencies", AGENCIES)
			.update();
		jdbc.sql("analyze disclosure_request").update();
		System.out.printf("BENCH seeded %d applications over %d agencies in %d ms%n",
				jdbc.sql("select count(*) from disclosure_request where reference like 'BENCH-%'").query(Long.class).single(),
				AGENCIES, (System.nanoTime() - seeding) / 1_000_000);

		AgencyInfo one = agencies.get(AGENCIES / 2);
		double single = median(21, () -> reports.draft(one, YEAR, null));
		double singleFigures = median(21, () -> computation.figures(one.id(), YEAR));
		List<AgencyId> ids = agencies.stream().map(AgencyInfo::id).toList();
		double allOneByOne = median(3, () -> ids.stream().map(id -> computation.figures(id, YEAR)).toList());
		double allBatched = median(3, () -> computation.figures(ids, YEAR));
		double floor = median(5, () -> jdbc.sql("""
				select agency_id, applicant_type, outcome,
				  count(*) filter (where received_on between :first and :last) as r1,
				  count(*) filter (where received_on < :first and (closed_on is null or closed_on >= :first)) as r2,
				  count(*) filter (where closed_on between :first and :last) as r3,
				  count(*) filter (where received_on <= :last and (closed_on is null or closed_on > :last)) as r4
				from disclosure_request group by agency_id, applicant_type, outcome""")
			.param("first", java.time.LocalDate.of(YEAR, 1, 1))
			.param("last", java.time.LocalDate.of(YEAR, 12, 31))
			.query()
			.listOfRows());
		System.out.printf("BENCH one agency, whole report (figures, narrative, checks): %.1f ms (median of 21)%n", single);
		System.out.printf("BENCH one agency, figures only: %.1f ms%n", singleFigures);
		System.out.printf("BENCH all %d agencies of %d, one by one: %.0f ms%n", AGENCIES, YEAR, allOneByOne);
		System.out.printf("BENCH all %d agencies of %d, table 三 in one pass: %.0f ms%n", AGENCIES, YEAR, allBatched);
		System.out.printf("BENCH floor, one bare GROUP BY over all %d rows: %.0f ms%n", REQUESTS, floor);
		System.out.printf("BENCH ratio all (one pass) / floor: %.1f×; all (one by one) / floor: %.1f×%n",
				allBatched / floor, allOneByOne / floor);

		ReportFigures figures = computation.figures(one.id(), YEAR);
		assertThat(ReportChecks.balance(figures).ok()).isTrue();
		assertThat(computation.figures(ids, YEAR).get(one.id()).requests()).usingRecursiveComparison()
			.isEqualTo(figures.requests());
	}

	private static double median(int runs, Supplier<?> work) {
		double[] times = new double[runs];
		work.get();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.get();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		return times[runs / 2];
	}

}
