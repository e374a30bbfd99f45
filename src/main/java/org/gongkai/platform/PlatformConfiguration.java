package org.gongkai.platform;

import java.time.Clock;
import java.time.ZoneId;

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

	/** Statutory dates are Beijing dates, whatever the server's time zone. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

}
