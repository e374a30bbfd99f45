-- platform: what changed on which node, for the derived indexes of the other nodes to follow within seconds
-- (platform.ChangeLog; hardops). Rows older than a day are deleted by the nodes as they follow.
create table change_log (
    id          bigint generated always as identity primary key,
    topic       text not null,
    key         text not null,
    node        text not null,
    recorded_at timestamptz not null default clock_timestamp()
);
create index change_log_recent on change_log (recorded_at);
