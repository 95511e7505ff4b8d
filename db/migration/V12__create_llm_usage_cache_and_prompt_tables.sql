-- What each model call cost, answers kept so the same request is never paid twice,
-- admins' overrides of the prompt templates (every version kept), and what a drafting job covers.
create table llm_usage (
    id                bigserial primary key,
    story_id          bigint      references story (id) on delete set null,
    user_id           bigint      references app_user (id),
    job_id            bigint      references draft_job (id) on delete set null,
    section           text        not null,
    language          text        not null,
    provider          text        not null,
    model             text        not null,
    prompt_version    text        not null,
    prompt_tokens     integer     not null,
    completion_tokens integer     not null,
    cost_usd          numeric(14, 6) not null default 0,
    cached            boolean     not null default false,
    at                timestamptz not null default now()
);
create index llm_usage_at_idx on llm_usage (at);
create index llm_usage_story_idx on llm_usage (story_id);
create index llm_usage_user_idx on llm_usage (user_id, at);

create table draft_cache (
    cache_key         text primary key,
    answer            text        not null,
    prompt_tokens     integer     not null,
    completion_tokens integer     not null,
    created_at        timestamptz not null default now()
);

create table prompt_template (
    id          bigserial primary key,
    name        text        not null,
    body        text        not null,
    note        text,
    created_by  bigint      references app_user (id),
    created_at  timestamptz not null default now()
);
create index prompt_template_name_idx on prompt_template (name, id desc);

alter table draft_job add column scope text not null default 'everything';
alter table draft_job add column instruction text;
