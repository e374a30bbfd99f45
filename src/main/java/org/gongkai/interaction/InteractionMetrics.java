package org.gongkai.interaction;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.gongkai.platform.RecentValue;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The overdue items of the three ledgers for Prometheus, {@code gongkai_interaction_overdue{kind}}, counted as the
 * supervisor's overview counts them: consultations unhandled past their due date ({@code consultation}) and past the
 * website indicators' 3-month limit ({@code consultation-beyond-limit}, 国办秘函〔2019〕19号), proposals unanswered
 * past their due date ({@code proposal}) and findings not signed off by their deadline ({@code finding}). Counted
 * across all agencies at most once per {@code gongkai.metrics.refresh}.
 */
@Component
class InteractionMetrics implements MeterBinder {

	private static final String COUNTS = """
			select
			  (select count(*) from consultation c where %s),
			  (select count(*) from consultation c where %s),
			  (select count(*) from proposal p where %s),
			  (select count(*) from finding f where %s)""".formatted(ReplyDeadlines.CONSULTATION_OVERDUE_SQL,
			ReplyDeadlines.CONSULTATION_BEYOND_LIMIT_SQL, ReplyDeadlines.PROPOSAL_OVERDUE_SQL,
			ReplyDeadlines.FINDING_OVERDUE_SQL);

	private static final String[] KINDS = { "consultation", "consultation-beyond-limit", "proposal", "finding" };

	private final RecentValue<Map<String, Long>> overdue;

	InteractionMetrics(JdbcClient jdbc, Clock clock, @Value("${gongkai.metrics.refresh:PT30S}") Duration refresh) {
		this.overdue = new RecentValue<>(() -> count(jdbc, LocalDate.now(clock)), refresh, clock);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String kind : KINDS) {
			Gauge.builder("gongkai.interaction.overdue", overdue, recent -> recent.get().get(kind))
				.description("Consultations, proposals and inspection findings past their due date")
				.tag("kind", kind)
				.register(registry);
		}
	}

	private static Map<String, Long> count(JdbcClient jdbc, LocalDate today) {
		return jdbc.sql(COUNTS).param("today", today).query((rs, row) -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			for (int i = 0; i < KINDS.length; i++) {
				counts.put(KINDS[i], rs.getLong(i + 1));
			}
			return counts;
		}).single();
	}

}
