package org.gongkai.platform;

import java.time.Clock;

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

	@Bean
	Clock clock() {
		return Clock.system(Beijing.ZONE);
	}

}
