package org.newsdesk.platform.internal;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.newsdesk.platform.DatabaseMode;
import org.newsdesk.platform.NewsdeskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource: the database named by {@code NEWSDESK_DB_URL} when given, otherwise the
 * managed local PostgreSQL, started here and stopped when the context closes.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfig {

    private static final Logger log = LoggerFactory.getLogger(DataSourceConfig.class);

    @Bean
    DatabaseMode databaseMode(NewsdeskProperties props) {
        return props.database().url() == null || props.database().url().isBlank() ? DatabaseMode.LOCAL : DatabaseMode.CONFIGURED;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(NewsdeskProperties props, DatabaseMode mode, ManagedDatabase managed) {
        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("newsdesk");
        cfg.setMaximumPoolSize(props.database().poolSize());
        if (mode == DatabaseMode.CONFIGURED) {
            cfg.setJdbcUrl(props.database().url());
            cfg.setUsername(props.database().username());
            cfg.setPassword(props.database().password());
            log.info("Using the configured database {}", props.database().url());
        } else {
            cfg.setJdbcUrl(managed.postgres().jdbcUrl());
            cfg.setUsername(LocalPostgres.SUPERUSER);
            cfg.setPassword(managed.postgres().password());
        }
        return new HikariDataSource(cfg);
    }

    @Bean
    ManagedDatabase managedDatabase(NewsdeskProperties props, DatabaseMode mode) {
        if (mode == DatabaseMode.CONFIGURED) {
            return new ManagedDatabase(null);
        }
        var local = props.localDb();
        return new ManagedDatabase(LocalPostgres.acquire(Path.of(local.dir()), local.port(), local.binDir(), local.sharedBuffers()));
    }

    /** Holds the local cluster for the lifetime of the context; {@code null} when a database is configured. */
    record ManagedDatabase(LocalPostgres postgres) implements AutoCloseable {
        @Override
        public void close() {
            if (postgres != null) {
                postgres.release();
            }
        }
    }
}
