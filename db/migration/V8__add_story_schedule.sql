-- A scheduled story's release time: the UTC instant, and the named time zone the publisher chose it in
-- (so the calendar and the editor can show it as it was meant, across daylight-saving changes).
alter table story add column scheduled_at timestamptz;
alter table story add column scheduled_zone text;
alter table story add constraint story_schedule_complete check ((scheduled_at is null) = (scheduled_zone is null));
alter table story add constraint story_schedule_only_when_scheduled check (scheduled_at is null or state = 'SCHEDULED');
