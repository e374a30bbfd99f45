-- 国密 option (issue 19): a PDF letter kept with gongkai.crypto=sm carries a detached SM2 signature beside its file
-- (<storage_path>.sm2); the integrity check verifies every letter recorded as signed.
alter table request_document add column sm2_signed boolean not null default false;
