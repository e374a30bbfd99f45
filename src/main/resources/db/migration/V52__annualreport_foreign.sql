-- annualreport: reports published elsewhere that a supervising office loaded (numbers typed from the PDF) and checked

create table annual_report_foreign (
    id            bigint generated always as identity primary key,
    -- the supervising office that loaded it; its staff list and read it
    office_id     bigint not null references agency (id),
    agency_name   text not null,
    year          integer not null check (year between 2008 and 2100),
    published_on  date not null,
    -- the figures in the JSON form of annual-report.md §5 (proactive, requests, appeals, fees) and the checks as run
    -- when it was loaded
    report        text not null,
    errors        integer not null check (errors >= 0),
    warnings      integer not null check (warnings >= 0),
    recorded_by   text not null,
    recorded_at   timestamptz not null
);
create index annual_report_foreign_office on annual_report_foreign (office_id, agency_name, year);
