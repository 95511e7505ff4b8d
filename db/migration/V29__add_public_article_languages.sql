-- The read API lists live articles by language: the languages the published revision has a headline in,
-- kept with the article when it is published (the desk's order is applied when an article is shown).
alter table public_article add column languages text[] not null default '{}';

update public_article a
   set languages = coalesce((select array_agg(l.key order by l.key) from revision r cross join lateral jsonb_each(r.content -> 'languages') l
                              where r.id = a.revision_id and jsonb_typeof(l.value) = 'object' and coalesce(l.value ->> 'headline', '') <> ''), '{}');

create index public_article_languages_idx on public_article using gin (languages);
-- "updated since": articles changed after a time, for clients that keep a copy.
create index public_article_modified_idx on public_article (modified_at);
