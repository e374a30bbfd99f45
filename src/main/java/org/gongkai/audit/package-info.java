/**
 * The append-only audit log, chained by HMAC-SHA256 with a key kept outside the database. Nobody calls it: it listens
 * to every domain event that implements {@link org.gongkai.audit.AuditableEvent} and writes the entry in the
 * transaction of the change, so that the entry exists exactly when the change does, once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "platform")
package org.gongkai.audit;
