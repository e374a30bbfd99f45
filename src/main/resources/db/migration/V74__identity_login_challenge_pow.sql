-- Issue 19: a proof-of-work challenge after repeated failed logins instead of the lock-out that anyone could set off
-- against a known user. failed_logins keeps counting the attempts since the last success; login_wait_until is when
-- a login without the proof may next be evaluated; a proof's nonce is recorded until it expires, so it counts once.
alter table staff_user drop column locked_until;
alter table staff_user add column login_wait_until timestamptz;
update staff_user set failed_logins = 0;

create table login_proof_used (
    nonce       text primary key,
    expires_at  timestamptz not null
);
create index login_proof_used_expires on login_proof_used (expires_at);
