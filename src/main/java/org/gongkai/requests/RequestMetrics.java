package org.gongkai.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.gongkai.platform.RecentValue;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The applications for Prometheus: {@code gongkai_requests{stage}}, how many stand in each {@link RequestStatus}
 * now, and {@code gongkai_requests_overdue}, the open ones past their due date (OGI art. 33), as the worklist's
 * "overdue" filter counts them. Counted across all agencies by one query, at most once per
 * {@code gongkai.metrics.refresh}, whichever node is scraped.
 */
@Component
class RequestMetrics implements MeterBinder {

	private final RecentValue<Counts> counts;

	RequestMetrics(JdbcClient jdbc, Clock clock, @Value("${gongkai.metrics.refresh:PT30S}") Duration refresh) {
		this.counts = new RecentValue<>(() -> count(jdbc, LocalDate.now(clock)), refresh, clock);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (RequestStatus stage : RequestStatus.values()) {
			Gauge.builder("gongkai.requests", counts, recent -> recent.get().byStage().get(stage))
				.description("Applications (依申请公开) in each stage of the workflow")
				.tag("stage", stage.name())
				.register(registry);
		}
		Gauge.builder("gongkai.requests.overdue", counts, recent -> recent.get().overdue())
			.description("Open applications past their statutory due date")
			.register(registry);
	}

	private static Counts count(JdbcClient jdbc, LocalDate today) {
		Map<RequestStatus, Long> byStage = new EnumMap<>(RequestStatus.class);
		for (RequestStatus stage : RequestStatus.values()) {
			byStage.put(stage, 0L);
		}
		jdbc.sql("select status, count(*) from disclosure_request group by status")
			.query(rs -> {
				byStage.put(RequestStatus.valueOf(rs.getString(1)), rs.getLong(2));
			});
		long overdue = jdbc
			.sql("select count(*) from disclosure_request r where " + Deadline.Bounds.OVERDUE_SQL)
			.param("today", today)
			.query(Long.class)
			.single();
		return new Counts(byStage, overdue);
	}

	private record Counts(Map<RequestStatus, Long> byStage, long overdue) {
	}

}
