/**
 * The append-only, hash-chained audit log. Nobody calls it: it listens to every domain event that implements
 * {@link org.gongkai.audit.AuditableEvent}, which the event publication registry stores in the same transaction as
 * the change it records, so no entry is lost when writing it fails.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "platform")
package org.gongkai.audit;
