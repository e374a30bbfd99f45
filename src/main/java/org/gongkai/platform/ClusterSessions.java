package org.gongkai.platform;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;

/**
 * Sessions in the database (Spring Session JDBC, tables of migration V51) when {@code gongkai.cluster.sessions} is
 * {@code jdbc}, so that a login on one node is valid on every node behind the proxy. By default sessions stay in
 * memory: application.yml excludes Boot's {@code JdbcSessionAutoConfiguration} (an exclusion that also removes it from
 * any {@code @ImportAutoConfiguration}), and this class imports Spring Session's JDBC configuration only when asked;
 * Boot's session auto-configuration still registers the filter and the cookie ({@code SESSION}, with the
 * {@code server.servlet.session.cookie} settings). Whatever goes into a session must then be
 * {@link java.io.Serializable}: the staff principal, flash attributes, a pending import.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gongkai.cluster.sessions", havingValue = "jdbc")
@Import(JdbcHttpSessionConfiguration.class)
class ClusterSessions {

	/** The same idle timeout as sessions in memory. */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
			@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
		return repository -> repository.setDefaultMaxInactiveInterval(timeout);
	}

}
