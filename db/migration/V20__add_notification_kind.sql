-- What a notification is about, so a click opens the story where it matters (the notes for a mention or a change request).
alter table notification add column kind text not null default 'MENTION'
    check (kind in ('MENTION', 'CHANGES_REQUESTED', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'ASSIGNED'));
