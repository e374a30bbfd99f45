-- publishing: each agency's catalog (政府信息公开目录), a tree of columns with their freshness class

create table catalog_column (
    id         bigint generated always as identity primary key,
    agency_id  bigint not null references agency (id),
    parent_id  bigint references catalog_column (id),
    code       text not null check (code ~ '^[a-z0-9-]{2,40}$'),
    name       text not null,
    freshness  text not null check (freshness in ('NEWS', 'NOTICE_OR_POLICY', 'PERSONNEL_OR_PLAN', 'NONE')),
    position   integer not null,
    unique (agency_id, code)
);
create index catalog_column_agency on catalog_column (agency_id, position);
