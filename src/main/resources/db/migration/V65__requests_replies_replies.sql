-- requests: replies that hold up (OGI art. 36, 37), the clarified content (art. 30), extension requests approved by
-- the head of the office (art. 33 ¶2), and each agency's letter settings (复议机关, court, contact), versioned.

alter table disclosure_request
    add column clarified_content          text,
    add column reply_reason               text,
    add column reply_reference            text,
    add column reply_paper_note           text,
    add column reply_files                integer,
    add column extension_requested_on     date,
    add column extension_requested_days   integer,
    add column extension_requested_reason text,
    add column extension_requested_by     text,
    add column extension_approved_on      date,
    add column extension_approved_by      text;

-- each part withheld from a (partial) disclosure, with its legal basis and the specific reason (art. 36 (三), 37)
create table request_withheld_part (
    request_id bigint not null references disclosure_request (id) on delete cascade,
    position   integer not null,
    part       text not null,
    basis      text not null,
    reason     text not null,
    primary key (request_id, position)
);

-- the wording an agency adapts around the statutory sentences of its letters; every change is a new version row
create table request_letter_settings (
    agency_id           bigint not null references agency (id),
    version             integer not null,
    reconsideration_body text not null,
    court               text not null,
    contact_person      text not null,
    contact_phone       text not null,
    closing_paragraph   text,
    changed_by          text not null,
    changed_at          timestamptz not null,
    primary key (agency_id, version)
);
