-- identity: the agency tree, staff users and their roles, personal API tokens

create table agency (
    id          bigint generated always as identity primary key,
    version     integer not null default 0,
    code        text not null unique check (code ~ '^[a-z0-9-]{2,40}$'),
    name        text not null,
    credit_code text unique,
    level       text not null check (level in ('PROVINCE', 'CITY', 'DISTRICT', 'BUREAU')),
    parent_id   bigint references agency (id),
    -- materialised path of codes, '/root/child/': the subtree of X is path like X.path || '%'
    path        text not null unique,
    created_at  timestamptz not null
);
create unique index agency_single_root on agency ((parent_id is null)) where parent_id is null;

create table staff_user (
    id              bigint generated always as identity primary key,
    version         integer not null default 0,
    username        text not null unique,
    display_name    text not null,
    password_hash   text not null,
    agency_id       bigint not null references agency (id),
    enabled         boolean not null default true,
    failed_logins   integer not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null,
    password_changed_at timestamptz not null
);
create index staff_user_agency on staff_user (agency_id);

create table staff_user_role (
    staff_user bigint not null references staff_user (id) on delete cascade,
    role       text not null check (role in ('ADMIN', 'EDITOR', 'REVIEWER', 'OFFICER', 'LEADER', 'SUPERVISOR')),
    primary key (staff_user, role)
);

create table api_token (
    id           bigint generated always as identity primary key,
    staff_user   bigint not null references staff_user (id) on delete cascade,
    name         text not null,
    token_hash   text not null unique,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
