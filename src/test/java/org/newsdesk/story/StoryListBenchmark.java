package org.newsdesk.story;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.newsdesk.identity.UserId;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmark, not a test (surefire leaves out *Benchmark); run with {@code ./newsdesk bench editors}.
 * The story list with 100,000 stories: what one page of the lazy grid costs the server (its rows
 * and its count), unfiltered, deep in the list, and with each filter, through the story service on
 * PostgreSQL. The stories are generated in SQL and removed afterwards.
 */
@IntegrationTest
class StoryListBenchmark {

    static final int STORIES = 100_000;
    static final int PAGE = 50;

    @Autowired StoryService stories;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService userDetails;

    @Test
    void pagesOfAHundredThousandStories() {
        String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        long editor = jdbc.sql("select id from app_user where username = 'editor'").query(Long.class).single();
        long reviewer = jdbc.sql("select id from app_user where username = 'reviewer'").query(Long.class).single();
        long existing = jdbc.sql("select count(*) from story").query(Long.class).single();
        jdbc.sql("""
                insert into story (created_by, state, headline, categories, languages, assigned_editor, assigned_reviewer, updated_at)
                select ?, (array['DRAFT','IN_REVIEW','CHANGES_REQUESTED','APPROVED','PUBLISHED','KILLED'])[1 + i % 6],
                       ? || ' ' || (array['Mistral raises','OpenAI ships','Nvidia books','Anthropic hires','DeepSeek trains'])[1 + i % 5]
                            || ' story number ' || i,
                       array[(array['Funding','Models','Chips','Policy','Research','Talent','Cloud'])[1 + i % 7]],
                       case when i % 3 = 0 then array['en'] else array['en','zh'] end,
                       case when i % 10 = 0 then ? end, case when i % 20 = 0 then ? end,
                       now() - make_interval(secs => i)
                from generate_series(1, ?) i""").params(editor, run, editor, reviewer, STORIES).update();
        jdbc.sql("analyze story").update();
        try {
            new SignIn(userDetails).as("editor", () -> {
                Map<String, StoryFilter> filters = new LinkedHashMap<>();
                filters.put("no filter", StoryFilter.ALL);
                filters.put("state = in review", StoryFilter.ALL.withState(StoryState.IN_REVIEW));
                filters.put("assignee", StoryFilter.ALL.withAssignee(new UserId(reviewer)));
                filters.put("category", StoryFilter.ALL.withCategory("Chips"));
                filters.put("language = zh", StoryFilter.ALL.withLanguage("zh"));
                filters.put("text \"nvidia books\"", StoryFilter.ALL.withText("nvidia books"));
                filters.put("my reviews queue", StoryFilter.ALL.inQueue(StoryFilter.Queue.MY_REVIEWS, new UserId(reviewer)));
                filters.put("state + category + text", StoryFilter.ALL.withState(StoryState.APPROVED).withCategory("Funding").withText("story number 9"));
                StringBuilder out = new StringBuilder(String.format("%nSTORY LIST BENCHMARK (%,d stories; one page of %d rows and the count, median of 15)%n",
                        existing + STORIES, PAGE));
                out.append(String.format("  %-26s %10s %10s %10s%n", "filter", "first page", "count", "matches"));
                for (var f : filters.entrySet()) {
                    double page = median(() -> stories.search(f.getValue(), 0, PAGE));
                    double count = median(() -> stories.count(f.getValue()));
                    out.append(String.format("  %-26s %7.1f ms %7.1f ms %,10d%n", f.getKey(), page, count, stories.count(f.getValue())));
                }
                double deep = median(() -> stories.search(StoryFilter.ALL, 95_000, PAGE));
                out.append(String.format("  %-26s %7.1f ms%n", "page at row 95,000", deep));
                System.out.println(out);
                return null;
            });
        } finally {
            jdbc.sql("delete from story where headline like ?").param(run + " %").update();
            SignIn.out();
        }
    }

    static double median(Supplier<?> call) {
        for (int i = 0; i < 3; i++) {
            call.get();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long t0 = System.nanoTime();
            call.get();
            times.add(System.nanoTime() - t0);
        }
        Collections.sort(times);
        return times.get(times.size() / 2) / 1e6;
    }
}
