package org.gongkai.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The one clock of the application and the switches every module relies on. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ GongkaiProperties.class, SiteIdentity.class })
@EnableAsync
@EnableScheduling
class PlatformConfiguration {

	/**
	 * Beijing time; with {@code gongkai.clock.start} (an ISO date, or date and time, in Beijing) the platform starts
	 * as if it were that moment and time runs on from there: for trials and training on a chosen day (a holiday,
	 * a year end) and for tests across dates. Never set in production.
	 */
	@Bean
	Clock clock(@Value("${gongkai.clock.start:}") String start) {
		Clock system = Clock.system(Beijing.ZONE);
		if (start.isBlank()) {
			return system;
		}
		LocalDateTime at = start.contains("T") ? LocalDateTime.parse(start) : LocalDate.parse(start).atTime(9, 0);
		return Clock.offset(system, Duration.between(system.instant(), at.atZone(Beijing.ZONE).toInstant()));
	}

	@Bean
	Features features(@Value("${gongkai.assistant.enabled:true}") boolean assistant) {
		return new Features(assistant);
	}

}
