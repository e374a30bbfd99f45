-- requests: applications for government information (依申请公开), their pauses, timeline, documents

create sequence disclosure_request_tracking;

create table disclosure_request (
    id                       bigint generated always as identity primary key,
    version                  integer not null default 0,
    agency_id                bigint not null references agency (id),
    tracking_number          text not null unique,
    query_code_hash          text,
    channel                  text not null,
    status                   text not null check (status in ('SUBMITTED', 'RECEIVED', 'AWAITING_CLARIFICATION',
                                 'IN_CONSULTATION', 'AWAITING_PAYMENT', 'CLOSED')),
    submitted_at             timestamptz not null,
    received_on              date,
    clock_started_on         date,
    applicant_type           text not null,
    applicant_name           text not null,
    applicant_id_type        text,
    applicant_id_number      text,     -- sealed (AES-GCM)
    applicant_phone          text,     -- sealed (AES-GCM)
    applicant_email          text,
    applicant_address        text,
    applicant_credit_code    text,
    applicant_legal_representative text,
    -- a stable key of the applicant (hash of the identity number or credit code, else of the name) to find their
    -- other applications without opening sealed data
    applicant_key            text not null,
    description              text not null,
    document_number          text,
    delivery_method          text,
    paper_copy               boolean not null default false,
    clarification_requested_on date,
    clarification_items      text,
    clarification_due_on     date,
    clarified_on             date,
    consulted_party          text,
    consultation_due_on      date,
    fee_notice_on            date,
    fee_amount_yuan          numeric(12, 2),
    fee_schedule             text,
    fee_quantity             integer,
    fee_due_on               date,
    fee_paid_on              date,
    extension_days           integer not null default 0,
    extension_reason         text,
    assigned_to              text,
    outcome                  text,
    closed_on                date,
    due_on                   date,
    last_action_on           date,
    -- history imported from another system (annual-report.md §6): keyed by reference, not run through the workflow
    reference                text,
    check ((status = 'CLOSED') = (outcome is not null)),
    unique (agency_id, reference)
);
create index disclosure_request_agency_open on disclosure_request (agency_id, status, due_on);
create index disclosure_request_agency_received on disclosure_request (agency_id, received_on);
create index disclosure_request_agency_closed on disclosure_request (agency_id, closed_on);
create index disclosure_request_applicant on disclosure_request (applicant_key);

create table request_pause (
    request_id bigint not null references disclosure_request (id) on delete cascade,
    position   integer not null,
    kind       text not null check (kind in ('CONSULTATION', 'FEE')),
    started_on date not null,
    ended_on   date,
    primary key (request_id, position)
);

-- append-only: what happened, when, by whom (written beside the aggregate, never replaced)
create table request_event (
    id         bigint generated always as identity primary key,
    request_id bigint not null references disclosure_request (id) on delete cascade,
    on_date    date not null,
    action     text not null,
    from_status text,
    to_status  text not null,
    actor      text not null,
    details    text,
    recorded_at timestamptz not null
);
create index request_event_request on request_event (request_id, id);

create table request_note (
    id         bigint generated always as identity primary key,
    request_id bigint not null references disclosure_request (id) on delete cascade,
    author     text not null,
    body       text not null,
    written_at timestamptz not null
);

-- letters and uploads: the bytes live in the data directory under files/, this row says what they are
create table request_document (
    id           bigint generated always as identity primary key,
    request_id   bigint not null references disclosure_request (id) on delete cascade,
    kind         text not null,
    file_name    text not null,
    content_type text not null,
    size_bytes   bigint not null,
    sha256       text not null,
    storage_path text not null,
    public       boolean not null default false,
    created_at   timestamptz not null
);
create index request_document_request on request_document (request_id);

-- jobs that must run once a day across all nodes
create table job_run (
    job  text not null,
    day  date not null,
    node text not null,
    started_at timestamptz not null,
    primary key (job, day)
);
