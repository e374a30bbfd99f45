-- audit: the chain is keyed (HMAC-SHA256 with a key kept outside the database, keys/audit-chain.key); the head carries
-- its own MAC, so that entries cut off the end and a head set back are detected too. Null until the application has
-- re-keyed the entries written before (AuditKeying, on the first start with this migration).
alter table audit_head add column mac text;
