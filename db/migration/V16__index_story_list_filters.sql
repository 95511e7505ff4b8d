-- The story list filters 100,000 stories by words in the headline and by category.
-- Categories: a GIN index answers "categories @> array[...]".
create index if not exists story_categories_idx on story using gin (categories);

-- Headline words: a trigram index answers "headline ilike '%words%'". pg_trgm ships with PostgreSQL
-- (contrib) and is a trusted extension, so a database owner may create it; where it is missing or
-- not allowed, the list still works, scanning instead, and the migration says so.
do $$
begin
    begin
        create extension if not exists pg_trgm;
    exception when insufficient_privilege or undefined_file or feature_not_supported then
        raise notice 'pg_trgm is not available (%): the story list searches headlines without an index', sqlerrm;
        return;
    end;
    create index if not exists story_headline_trgm_idx on story using gin (headline gin_trgm_ops);
end
$$;
