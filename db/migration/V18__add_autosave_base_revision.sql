-- The revision a person's unsaved work was typed on: what they typed is what differs from it, and
-- only that is put back (on top of whatever was saved since, such as an AI draft).
alter table autosave add column base_revision_id bigint references revision (id) on delete set null;
