-- audit: an append-only log, each entry chained to the one before by SHA-256

create table audit_entry (
    id          bigint primary key,
    occurred_at timestamptz not null,
    actor       text not null,
    agency_code text,
    action      text not null,
    subject     text not null,
    summary     text not null,
    prev_hash   text not null,
    hash        text not null
);

-- the chain's head: lets the verifier see that entries were cut off the end
create table audit_head (
    singleton boolean primary key default true check (singleton),
    last_id   bigint not null,
    last_hash text not null
);
