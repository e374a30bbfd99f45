-- appeals: the documents of a case (the reconsideration decision, the judgment, the agency's reply), kept as files in
-- ${gongkai.data-dir}/files/appeals/ by their SHA-256; the type is the one sniffed from the content

create table appeal_document (
    id           bigint generated always as identity primary key,
    appeal_id    bigint not null references appeal (id),
    file_name    text not null,
    media_type   text not null,
    size         bigint not null check (size > 0),
    sha256       text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by  text not null,
    uploaded_at  timestamptz not null
);
create index appeal_document_appeal on appeal_document (appeal_id);
