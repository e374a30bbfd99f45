-- annualreport: administrative statistics, the narrative being edited, and the published (frozen) versions

create table administrative_statistics (
    agency_id     bigint not null references agency (id),
    year          integer not null,
    licensing     bigint not null check (licensing >= 0),
    penalty       bigint not null check (penalty >= 0),
    enforcement   bigint not null check (enforcement >= 0),
    fees_wan_yuan numeric(18, 4) not null check (fees_wan_yuan >= 0),
    primary key (agency_id, year)
);

create table annual_report_draft (
    agency_id   bigint not null references agency (id),
    year        integer not null,
    -- the narrative sections (preamble, 一, the notes of 二/三/四, 五, 六) as JSON, with their placeholders
    narrative   text not null,
    updated_by  text not null,
    updated_at  timestamptz not null,
    primary key (agency_id, year)
);

create table annual_report_version (
    id            bigint generated always as identity primary key,
    agency_id     bigint not null references agency (id),
    year          integer not null,
    version       integer not null,
    -- the report as published: the JSON of annual-report.md §5 plus the narrative, never changed afterwards
    snapshot      text not null,
    published_at  timestamptz not null,
    published_by  text not null,
    superseded_at timestamptz,
    document_id   bigint,
    unique (agency_id, year, version)
);
create unique index annual_report_version_current on annual_report_version (agency_id, year)
    where superseded_at is null;
