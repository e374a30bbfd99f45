-- publishing: the ledger of rules (规章) and normative documents (行政规范性文件) with their lifecycle (立、改、废)

create table normative_document (
    id              bigint generated always as identity primary key,
    agency_id       bigint not null references agency (id),
    document_id     bigint references document (id),
    kind            text not null check (kind in ('RULE', 'NORMATIVE_DOCUMENT')),
    title           text not null,
    document_number text,
    issued_on       date not null,
    valid_until     date,
    abolished_on    date,
    amended_by      bigint references normative_document (id),
    reference       text,
    unique (agency_id, reference)
);
create index normative_document_agency on normative_document (agency_id, issued_on);
create unique index normative_document_of_document on normative_document (document_id) where document_id is not null;
