-- interaction: consultations (政务咨询) with their reply ledger, proposals (建议提案), inspection findings (督查整改),
-- training records and complaints about disclosure work

create table interaction_setting (
    agency_id                 bigint primary key references agency (id),
    consultation_working_days integer not null check (consultation_working_days between 1 and 60)
);

create table consultation (
    id                 bigint generated always as identity primary key,
    version            integer not null default 0,
    agency_id          bigint not null references agency (id),
    tracking_number    text not null unique,
    asker_name         text not null,
    asker_phone        text,
    asker_email        text,
    subject            text not null,
    question           text not null,
    publish_agreed     boolean not null,
    status             text not null check (status in ('RECEIVED', 'ANSWERED', 'FORWARDED', 'PETITION', 'REJECTED')),
    submitted_at       timestamptz not null,
    received_on        date not null,
    due_on             date not null,
    limit_on           date not null,   -- the website indicators' 3-month outer limit (国办秘函〔2019〕19号)
    handled_on         date,            -- answered, forwarded, sent to 信访 or rejected
    handled_by         text,
    answer             text,
    published          boolean not null default false,
    reason             text,            -- why rejected, the 信访 note, or the forwarding note
    forwarded_to_id    bigint references consultation (id),
    forwarded_from_id  bigint references consultation (id),
    reminded_on        date
);
create index consultation_agency_status on consultation (agency_id, status, due_on);

create table proposal (
    id                 bigint generated always as identity primary key,
    version            integer not null default 0,
    agency_id          bigint not null references agency (id),
    kind               text not null check (kind in ('DEPUTY_SUGGESTION', 'CPPCC_PROPOSAL')),
    reference          text not null,
    title              text not null,
    proposer           text,
    assigned_by        text,
    assigned_on        date not null,
    complex            boolean not null,
    role               text not null check (role in ('LEAD', 'COOPERATING')),
    due_on             date not null,
    status             text not null check (status in ('ASSIGNED', 'REPLIED', 'CLOSED')),
    reply              text,
    replied_on         date,
    outcome_class      text check (outcome_class in ('A', 'B', 'C', 'D')),
    satisfaction       text check (satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')),
    feedback_on        date,
    reply_document_id  bigint,          -- the draft or published document in the 建议提案办理 column
    reply_published_on date,
    reminded_on        date,            -- the daily watch raised it as overdue
    unique (agency_id, kind, reference, role)
);

create table finding (
    id                 bigint generated always as identity primary key,
    version            integer not null default 0,
    agency_id          bigint not null references agency (id),
    source             text not null check (source in ('QUARTERLY_INSPECTION', 'AD_HOC_INSPECTION', 'SELF_INSPECTION')),
    found_by_agency_id bigint not null references agency (id),
    found_by           text not null,
    found_on           date not null,
    problem            text not null,
    required_fix       text not null,
    deadline           date not null,
    responsible_person text not null,
    status             text not null check (status in ('OPEN', 'FIX_REPORTED', 'CLOSED')),
    evidence           text,
    evidence_links     text,
    fix_reported_on    date,
    returned_reason    text,
    closed_on          date,
    closed_by          text,
    escalated_on       date
);
create index finding_agency_status on finding (agency_id, status, deadline);

create table training_record (
    id                 bigint generated always as identity primary key,
    agency_id          bigint not null references agency (id),
    held_on            date not null,
    topic              text not null,
    attendees          integer not null check (attendees > 0),
    hours              numeric(5, 1),
    recorded_by        text not null
);

create table disclosure_complaint (
    id                 bigint generated always as identity primary key,
    agency_id          bigint not null references agency (id),
    received_on        date not null,
    complainant        text,
    summary            text not null,
    handling           text,
    handled_on         date,
    recorded_by        text not null
);
