package org.gongkai.audit;

import org.gongkai.platform.Crypto;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.KeyFiles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key of the audit chain: {@code gongkai.audit-key} (base64, 32 bytes; several nodes must share it) or generated
 * once into {@code ${gongkai.data-dir}/keys/audit-chain.key}, next to the personal-data key and never in the database.
 */
@Configuration(proxyBeanMethods = false)
class AuditKey {

	/** The key's file in {@code keys/}. */
	static final String KEY_FILE = "audit-chain.key";

	@Bean
	AuditChain auditChain(GongkaiProperties properties, @Value("${gongkai.audit-key:}") String configured,
			Crypto crypto) {
		return new AuditChain(KeyFiles.secret(properties, KEY_FILE, configured), crypto.suite());
	}

}
