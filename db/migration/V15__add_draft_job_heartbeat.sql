-- A running drafting job's node touches it every few seconds; a job nobody has touched for a while
-- belongs to a node that stopped, and is marked failed by whichever node notices (several nodes
-- share the table, so "running when I started" does not mean "mine and dead").
alter table draft_job add column heartbeat_at timestamptz not null default now();
create index draft_job_running_heartbeat_idx on draft_job (heartbeat_at) where status = 'RUNNING';
