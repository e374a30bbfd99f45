-- 政务服务事项 (办事指南): one row per item of an agency; materials and FAQ as JSON arrays
create table service_item (
    id           bigserial primary key,
    agency_id    bigint       not null references agency (id),
    code         varchar(64)  not null,
    name         varchar(200) not null,
    department   varchar(200) not null,
    basis        text         not null,
    conditions   text         not null,
    materials    jsonb        not null default '[]',
    process      text         not null,
    time_limit   varchar(200) not null,
    fee          varchar(200) not null,
    location     varchar(300) not null,
    hours        varchar(200) not null,
    phone        varchar(100) not null,
    faq          jsonb        not null default '[]',
    published    boolean      not null default true,
    updated_at   timestamptz  not null,
    updated_by   varchar(100) not null,
    unique (agency_id, code)
);

-- Every question asked of the assistant, what it answered from, and the asker's thumbs up (1) or down (-1)
create table assistant_question (
    id              bigserial primary key,
    agency_code     varchar(64)  not null,
    conversation_id varchar(64)  not null,
    question        text         not null,
    answered        boolean      not null,
    answer          text         not null,
    top_source      varchar(200),
    top_title       varchar(300),
    score           real         not null,
    via_llm         boolean      not null default false,
    latency_ms      integer      not null,
    feedback        smallint,
    asked_at        timestamptz  not null
);
create index assistant_question_agency on assistant_question (agency_code, asked_at desc);
create index assistant_question_conversation on assistant_question (conversation_id);

-- Questions handed over to staff: kept here so that none is lost while the consultation is created elsewhere
create table assistant_handoff (
    id              bigserial primary key,
    agency_code     varchar(64)  not null,
    conversation_id varchar(64)  not null,
    question        text         not null,
    conversation    text         not null,
    name            varchar(100),
    contact         varchar(200),
    created_at      timestamptz  not null
);
create index assistant_handoff_agency on assistant_handoff (agency_code, created_at desc);
