-- annualreport: a send-back is a move of the report's state (issue 18 part 5): an unpublished report sent back is
-- 被退回（待修改） until the agency saves it again; a published one stays published and carries a correction request
-- until the agency publishes a corrected version. Only those two states are kept here; the others follow from the
-- published versions (annual_report_version). The comment that caused the state is the one shown with it.

create table annual_report_state (
    agency_id  bigint not null references agency (id),
    year       integer not null,
    state      text not null check (state in ('SENT_BACK', 'CORRECTION_REQUESTED')),
    comment_id bigint not null references annual_report_comment (id),
    changed_at timestamptz not null,
    primary key (agency_id, year)
);

-- whether the comment asked for a correction of a published report rather than sending a draft back
alter table annual_report_comment add column correction boolean not null default false;
