-- appeals: administrative reconsideration (行政复议) and litigation (行政诉讼) about the agency's disclosure work

create table appeal (
    id               bigint generated always as identity primary key,
    agency_id        bigint not null references agency (id),
    kind             text not null check (kind in ('RECONSIDERATION', 'LITIGATION_DIRECT',
                                                   'LITIGATION_AFTER_RECONSIDERATION')),
    -- the application the case concerns, by its tracking number, when there is one
    request_tracking_number text,
    body             text,
    filed_on         date not null,
    decided_on       date,
    result           text check (result in ('UPHELD', 'CORRECTED', 'OTHER')),
    documents        text,
    registered_by    text not null,
    -- history imported from another system (annual-report.md §6)
    reference        text,
    check ((decided_on is null) = (result is null)),
    check (decided_on is null or decided_on >= filed_on),
    unique (agency_id, reference)
);
create index appeal_agency_filed on appeal (agency_id, filed_on);
