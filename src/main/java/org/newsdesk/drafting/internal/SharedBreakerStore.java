package org.newsdesk.drafting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.newsdesk.drafting.DraftJobId;
import org.newsdesk.drafting.ProviderState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The provider breaker's state in PostgreSQL (V33), one row for every node: a change locks the row
 * ({@code select … for update}) in a transaction of its own, so that two nodes never both become
 * the probe, and a pause or an admin's resume holds everywhere at once. Calls and failures are
 * counted per minute. Times come from the application's clock (nodes keep their clocks in sync,
 * as scheduled releases already require).
 */
@Component
public class SharedBreakerStore implements ProviderBreaker.Store {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    SharedBreakerStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public ProviderBreaker.Shared read() {
        return jdbc.sql("select * from provider_breaker where id = 1").query((rs, n) -> map(rs)).single();
    }

    @Override
    public ProviderBreaker.Shared change(UnaryOperator<ProviderBreaker.Shared> change) {
        return tx.execute(status -> {
            ProviderBreaker.Shared before = jdbc.sql("select * from provider_breaker where id = 1 for update").query((rs, n) -> map(rs)).single();
            ProviderBreaker.Shared after = change.apply(before);
            if (!after.equals(before)) {
                jdbc.sql("""
                        update provider_breaker set condition = ?, paused_until = ?, probe_job_id = ?, failed_drafts_in_a_row = ?, last_cause = ?,
                               last_errors = ?::jsonb, updated_at = now()
                        where id = 1""")
                        .params(after.condition().name(), at(after.pausedUntil()), after.probe(), after.failedDraftsInARow(), after.lastCause(),
                                errors(after.errors()))
                        .update();
            }
            return after;
        });
    }

    @Override
    public boolean running(DraftJobId draft) {
        return jdbc.sql("select exists (select 1 from draft_job where id = ? and status = 'RUNNING')").param(draft.value()).query(Boolean.class).single();
    }

    @Override
    public void count(Instant at, boolean failed) {
        jdbc.sql("""
                insert into provider_call_minute (minute, calls, failures) values (?, 1, ?)
                on conflict (minute) do update set calls = provider_call_minute.calls + 1, failures = provider_call_minute.failures + excluded.failures""")
                .params(at(at.truncatedTo(ChronoUnit.MINUTES)), failed ? 1 : 0).update();
        jdbc.sql("delete from provider_call_minute where minute < ?").param(at(at.minus(2, ChronoUnit.HOURS))).update();
    }

    @Override
    public int[] counted(Instant from) {
        return jdbc.sql("select coalesce(sum(calls), 0)::int, coalesce(sum(failures), 0)::int from provider_call_minute where minute >= ?")
                .param(at(from.truncatedTo(ChronoUnit.MINUTES))).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }

    private static OffsetDateTime at(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static ProviderBreaker.Shared map(ResultSet rs) throws SQLException {
        OffsetDateTime until = rs.getObject("paused_until", OffsetDateTime.class);
        long probe = rs.getLong("probe_job_id");
        Long probeId = rs.wasNull() ? null : probe;
        List<ProviderState.ProviderError> errors = new ArrayList<>();
        for (JsonNode e : JSON.readTree(rs.getString("last_errors"))) {
            errors.add(new ProviderState.ProviderError(Instant.parse(e.path("at").asString()), e.path("cause").asString(), e.path("reference").asString()));
        }
        return new ProviderBreaker.Shared(ProviderState.Condition.valueOf(rs.getString("condition")), until == null ? null : until.toInstant(), probeId,
                rs.getInt("failed_drafts_in_a_row"), rs.getString("last_cause"), List.copyOf(errors));
    }

    private static String errors(List<ProviderState.ProviderError> errors) {
        ArrayNode array = JSON.createArrayNode();
        errors.forEach(e -> array.addObject().put("at", e.at().toString()).put("cause", e.cause()).put("reference", e.reference()));
        return JSON.writeValueAsString(array);
    }
}
