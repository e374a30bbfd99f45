package org.gongkai.platform;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * Sessions in the database (Spring Session JDBC, tables of migration V51) when {@code gongkai.cluster.sessions} is
 * {@code jdbc}, so that a login on one node is valid on every node behind the proxy. By default sessions stay in
 * memory: application.yml excludes the auto-configuration, and this class imports it only when asked. Whatever goes
 * into a session must then be {@link java.io.Serializable}: the staff principal, flash attributes, a pending import.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gongkai.cluster.sessions", havingValue = "jdbc")
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, JdbcSessionAutoConfiguration.class })
class ClusterSessions {

}
