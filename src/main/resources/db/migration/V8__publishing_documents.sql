-- publishing: documents (the working copy), their published revisions (kept), and index-number serials

create table document (
    id               bigint generated always as identity primary key,
    version          integer not null default 0,
    agency_id        bigint not null references agency (id),
    column_id        bigint not null references catalog_column (id),
    status           text not null check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'WITHDRAWN')),
    title            text not null,
    body_html        text not null,
    summary          text,
    keywords         text,
    genre            text,
    publisher        text not null,
    document_number  text,
    written_on       date,
    formed_on        date not null,
    validity         text not null check (validity in ('VALID', 'EXPIRED', 'ABOLISHED')),
    index_number     text unique,
    author           text not null,
    reviewer         text,
    override_reason  text,
    review_comment   text,
    published_at     timestamptz,
    published_late   boolean not null default false,
    withdrawal_reason text,
    revision         integer not null default 0,
    created_at       timestamptz not null
);
create index document_agency on document (agency_id, status);
create index document_column on document (column_id, published_at desc);

create table document_revision (
    document_id  bigint not null references document (id),
    revision     integer not null,
    title        text not null,
    body_html    text not null,
    summary      text,
    document_number text,
    written_on   date,
    validity     text not null,
    reviewer     text not null,
    published_at timestamptz not null,
    primary key (document_id, revision)
);

create table index_serial (
    agency_id bigint not null references agency (id),
    year      integer not null,
    last      integer not null,
    primary key (agency_id, year)
);
