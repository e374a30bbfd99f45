-- What the publishing desk decided about information several applicants were given (OGI art. 44): published as a
-- draft document, or declined with a reason. A group of applications is named by its earliest application.
create table publication_candidate (
    id                bigserial primary key,
    agency_id         bigint not null references agency (id),
    anchor_request_id bigint not null unique,
    tracking_numbers  text   not null,
    status            text   not null check (status in ('ACCEPTED', 'DECLINED')),
    reason            text,
    document_id       bigint references document (id),
    decided_by        text   not null,
    decided_at        timestamptz not null,
    check ((status = 'ACCEPTED') = (document_id is not null)),
    check (status <> 'DECLINED' or length(trim(reason)) > 0)
);
create index publication_candidate_agency on publication_candidate (agency_id);
