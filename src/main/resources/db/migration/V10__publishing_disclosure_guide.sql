-- publishing: each agency's disclosure guide (政府信息公开指南, OGI art. 12), structured

create table disclosure_guide (
    agency_id      bigint primary key references agency (id),
    classification text not null,
    arrangement    text not null,
    how_to_obtain  text not null,
    office_name    text not null,
    address        text not null,
    office_hours   text not null,
    phone          text not null,
    fax            text,
    web_contact    text,
    updated_at     timestamptz not null,
    updated_by     text not null
);
