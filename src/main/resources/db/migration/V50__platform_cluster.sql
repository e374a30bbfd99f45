-- platform: several application nodes on one database (docs/adr/0002-several-nodes.md). The table job_run
-- (V5) is where ClusterLock.oncePerDay claims a daily job's day for one node; it now serves every daily job, and
-- records when the job finished (in the same transaction as its work, so a claimed day always has an end).

alter table job_run add column finished_at timestamptz;

comment on table job_run is
    'one row per daily job and day: the node that ran it (ClusterLock.oncePerDay); a failed run leaves no row';
