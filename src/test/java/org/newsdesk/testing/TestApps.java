package org.newsdesk.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.newsdesk.NewsdeskApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Whole Newsdesk applications started by a test itself, as a node of its own: several at once on
 * one database, or one after another to restart. Each runs the test configuration (managed test
 * PostgreSQL, fake LLM) on a random port, with the given clock. Tests that use this must be tagged
 * {@code own-context} (they start their own applications, and Vaadin's security set-up is JVM-wide).
 */
public final class TestApps {

    private TestApps() {}

    /** Starts a node; {@code properties} are "key=value" pairs that override the test configuration. */
    public static ConfigurableApplicationContext start(Clock clock, String... properties) {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        for (String p : properties) {
            args.add("--" + p);
        }
        return new SpringApplicationBuilder(NewsdeskApplication.class)
                .profiles("test")
                .initializers(new TestEnvironment(),
                        context -> ((GenericApplicationContext) context).registerBean("testClock", Clock.class, () -> clock,
                                definition -> definition.setPrimary(true)))
                .run(args.toArray(String[]::new));
    }

    /** Starts another node on the same database as {@code first} (as an operator would, through NEWSDESK_DB_URL). */
    public static ConfigurableApplicationContext startOnSameDatabase(ConfigurableApplicationContext first, Clock clock, String... properties) {
        HikariDataSource db = first.getBean(HikariDataSource.class);
        List<String> all = new ArrayList<>(List.of("newsdesk.database.url=" + db.getJdbcUrl(), "newsdesk.database.username=" + db.getUsername(),
                "newsdesk.database.password=" + db.getPassword()));
        all.addAll(List.of(properties));
        return start(clock, all.toArray(String[]::new));
    }
}
