-- audit: the suite the chain's MACs were computed with (gongkai.crypto: standard = HMAC-SHA256, sm = HMAC-SM3, issue
-- 19). The application re-chains every entry, in one transaction, on the first start in another mode.
alter table audit_head add column suite text not null default 'standard' check (suite in ('standard', 'sm'));
