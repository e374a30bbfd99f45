-- annualreport: a supervising office sends a subordinate's report back with a comment (issue 18 part 5); the
-- comments are kept and shown to the agency on its report page

create table annual_report_comment (
    id            bigint generated always as identity primary key,
    agency_id     bigint not null references agency (id),
    year          integer not null,
    comment       text not null check (length(comment) between 1 and 2000),
    author        text not null,
    author_agency text not null,
    created_at    timestamptz not null
);
create index annual_report_comment_report on annual_report_comment (agency_id, year, created_at);
