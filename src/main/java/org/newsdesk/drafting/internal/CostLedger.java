package org.newsdesk.drafting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.newsdesk.drafting.Usage;
import org.newsdesk.identity.UserId;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.StoryId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tokens and estimated cost of every model call (and of every answer reused from the cache, at
 * no cost), added up per story, per user and per day (UTC), from the configured price table.
 */
@Component
public class CostLedger {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, BigDecimal[]> prices = new HashMap<>();
    private final double dailyBudget;

    CostLedger(JdbcClient jdbc, Clock clock, NewsdeskProperties props) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.dailyBudget = props.llm().dailyBudgetUsd();
        for (String entry : props.llm().prices().split(",")) {
            String[] kv = entry.strip().split("=");
            if (kv.length == 2 && kv[1].contains("/")) {
                String[] io = kv[1].split("/");
                try {
                    prices.put(kv[0].strip(), new BigDecimal[] {new BigDecimal(io[0].strip()), new BigDecimal(io[1].strip())});
                } catch (NumberFormatException e) {
                    throw new IllegalStateException("NEWSDESK_LLM_PRICES: \"" + entry + "\" is not model=input/output (US$ per million tokens)");
                }
            }
        }
    }

    public BigDecimal cost(String model, int promptTokens, int completionTokens) {
        BigDecimal[] p = prices.get(model);
        if (p == null) {
            return BigDecimal.ZERO;
        }
        return p[0].multiply(BigDecimal.valueOf(promptTokens)).add(p[1].multiply(BigDecimal.valueOf(completionTokens)))
                .divide(MILLION, 6, RoundingMode.HALF_UP);
    }

    public boolean knowsPriceOf(String model) {
        return prices.containsKey(model);
    }

    public void record(StoryId story, UserId user, Long job, String section, String language, String provider, String model, String promptVersion,
            int promptTokens, int completionTokens, boolean cached) {
        BigDecimal cost = cached ? BigDecimal.ZERO : cost(model, promptTokens, completionTokens);
        jdbc.sql("""
                insert into llm_usage (story_id, user_id, job_id, section, language, provider, model, prompt_version,
                                       prompt_tokens, completion_tokens, cost_usd, cached)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(story.value(), user.value(), job, section, language, provider, model, promptVersion,
                        cached ? 0 : promptTokens, cached ? 0 : completionTokens, cost, cached)
                .update();
    }

    public Usage forStory(StoryId story) {
        return sum("story_id = ?", story.value());
    }

    public Usage forUserToday(UserId user) {
        return sum("user_id = ? and at >= ?", user.value(), LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    public Usage today() {
        return sum("at >= ?", LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    /** Refuses drafting once today's estimated cost reached the daily budget. */
    public void checkBudget() {
        if (dailyBudget <= 0) {
            return;
        }
        BigDecimal spent = today().costUsd();
        if (spent.compareTo(BigDecimal.valueOf(dailyBudget)) >= 0) {
            throw new IllegalStateException("Today's AI drafting budget of US$" + BigDecimal.valueOf(dailyBudget).toPlainString()
                    + " is used up (spent US$" + spent.setScale(4, RoundingMode.HALF_UP).toPlainString() + "). Drafting resumes tomorrow (UTC), "
                    + "or an admin can raise NEWSDESK_LLM_DAILY_BUDGET_USD.");
        }
    }

    private Usage sum(String where, Object... params) {
        return jdbc.sql("""
                select coalesce(sum(prompt_tokens), 0) as p, coalesce(sum(completion_tokens), 0) as c, coalesce(sum(cost_usd), 0) as cost,
                       count(*) filter (where not cached) as calls, count(*) filter (where cached) as reused
                from llm_usage
                """ + "where " + where)
                .params(params)
                .query((rs, n) -> new Usage(rs.getLong("p"), rs.getLong("c"), rs.getBigDecimal("cost"), rs.getLong("calls"), rs.getLong("reused")))
                .single();
    }
}
