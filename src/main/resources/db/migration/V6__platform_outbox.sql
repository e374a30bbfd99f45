-- platform: e-mail to applicants and askers, written in the transaction of the change that causes it, sent later

create table outgoing_mail (
    id          bigint generated always as identity primary key,
    recipient   text not null,
    subject     text not null,
    body        text,          -- cleared once sent: it may hold a query code
    created_at  timestamptz not null,
    sent_at     timestamptz,
    attempts    integer not null default 0,
    last_error  text
);
create index outgoing_mail_pending on outgoing_mail (id) where sent_at is null;
