-- Channels (issue 21): where an agency's publications are pushed besides the portal, the ledger of every delivery,
-- the citizens' e-mail subscriptions and the register of the agency's 政务新媒体 accounts.

-- A configured channel of an agency: a signed webhook (the province's 集约化 platform), a WeChat official account's
-- drafts, or the agency's e-mail subscribers. column_code null: every column. secret: the webhook's HMAC key or the
-- WeChat AppSecret; never shown again once saved.
create table channel (
    id             bigserial primary key,
    agency_id      bigint      not null references agency (id),
    kind           text        not null,
    name           text        not null,
    column_code    text,
    endpoint       text,
    app_id         text,
    secret         text,
    thumb_media_id text,
    enabled        boolean     not null default true,
    created_at     timestamptz not null,
    version        integer     not null default 0
);

create index channel_agency on channel (agency_id);

-- One delivery of one version of a document to one channel; attempts are retried with backoff until delivered or
-- given up (FAILED), and staff may resend. kind: PUBLICATION, CORRECTION (a later revision) or WITHDRAWAL.
create table delivery (
    id              bigserial primary key,
    channel_id      bigint      not null references channel (id),
    agency_id       bigint      not null,
    document_id     bigint      not null,
    index_number    text        not null,
    title           text        not null,
    revision        integer     not null,
    kind            text        not null,
    note            text,
    status          text        not null,
    attempts        integer     not null default 0,
    result          text,
    response        text,
    remote_id       text,
    next_attempt_at timestamptz,
    created_at      timestamptz not null,
    delivered_at    timestamptz
);

create index delivery_due on delivery (next_attempt_at) where status in ('PENDING', 'RETRYING');
create index delivery_channel on delivery (channel_id, id desc);
create index delivery_agency on delivery (agency_id, id desc);

-- A citizen's e-mail subscription to an agency (or one of its columns): confirmed by the link in the first mail
-- (double opt-in), ended by the link in every mail (one-click unsubscribe).
create table subscription (
    id              bigserial primary key,
    agency_id       bigint      not null references agency (id),
    column_code     text,
    email           text        not null,
    token           text        not null unique,
    created_at      timestamptz not null,
    confirmed_at    timestamptz,
    unsubscribed_at timestamptz
);

create index subscription_agency on subscription (agency_id) where confirmed_at is not null and unsubscribed_at is null;

-- 政务新媒体台账: each account an agency runs, with its 主办单位; channel_id links the account to the channel that
-- delivers to it, whose ledger dates its last update.
create table new_media_account (
    id         bigserial primary key,
    agency_id  bigint      not null references agency (id),
    platform   text        not null,
    name       text        not null,
    sponsor    text        not null,
    status     text        not null,
    channel_id bigint references channel (id),
    created_at timestamptz not null
);

create index new_media_account_agency on new_media_account (agency_id);
