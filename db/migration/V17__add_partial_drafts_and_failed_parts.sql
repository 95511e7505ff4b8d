-- A draft whose sections partly failed saves what succeeded (status PARTIAL) and lists what failed,
-- one "SECTION<tab>language<tab>cause" line per part, so the editor can offer "Retry these sections".
alter table draft_job drop constraint draft_job_status_check;
alter table draft_job add constraint draft_job_status_check check (status in ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'));
alter table draft_job add column failed_parts text;
