package org.newsdesk.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The managed PostgreSQL lets nobody in without the generated password, kept in the data folder
 * for the user running Newsdesk only, and a data folder made by an earlier version (trusting every
 * local user) is upgraded when Newsdesk starts on it.
 */
class LocalPostgresPasswordTest {

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Test
    void aNewClusterAsksForTheGeneratedPassword() throws Exception {
        Path dir = Path.of("target", "pg-auth-" + UUID.randomUUID().toString().substring(0, 8), "data");
        try {
            LocalPostgres pg = LocalPostgres.acquire(dir, 0, null);
            try {
                assertLockedWithPassword(pg, dir);
            } finally {
                pg.release();
            }
        } finally {
            FileSystemUtils.deleteRecursively(dir.getParent());
        }
    }

    @Test
    void aClusterFromAnEarlierVersionThatTrustedEveryoneIsUpgradedAndItsDataKept() throws Exception {
        Path dir = Path.of("target", "pg-auth-" + UUID.randomUUID().toString().substring(0, 8), "data").toAbsolutePath();
        try {
            // what earlier versions made: initdb --auth=trust
            Files.createDirectories(dir);
            if (isRoot()) {
                exec("chown", "-R", "postgres:postgres", dir.getParent().toString());
            }
            Path bin = LocalPostgres.findBinDir(null);
            exec(bin.resolve("initdb").toString(), "-D", dir.toString(), "-U", LocalPostgres.SUPERUSER, "--auth=trust", "--encoding=UTF8",
                    "--locale=C.UTF-8", "--no-instructions");
            assertThat(Files.readString(dir.resolve("pg_hba.conf"))).containsPattern("(?m)^host.*trust");

            LocalPostgres first = LocalPostgres.acquire(dir, 0, null);
            try {
                assertLockedWithPassword(first, dir);
                try (var c = DriverManager.getConnection(first.jdbcUrl(), LocalPostgres.SUPERUSER, first.password()); var st = c.createStatement()) {
                    st.execute("create table kept (x int)");
                }
            } finally {
                first.release();
            }
            LocalPostgres again = LocalPostgres.acquire(dir, 0, null);
            try {
                assertLockedWithPassword(again, dir);
                try (var c = DriverManager.getConnection(again.jdbcUrl(), LocalPostgres.SUPERUSER, again.password());
                        var rs = c.createStatement().executeQuery("select count(*) from kept")) {
                    assertThat(rs.next()).isTrue();
                }
            } finally {
                again.release();
            }
        } finally {
            FileSystemUtils.deleteRecursively(dir.getParent());
        }
    }

    private static void assertLockedWithPassword(LocalPostgres pg, Path dir) throws Exception {
        Path file = dir.resolve(LocalPostgres.PASSWORD_FILE);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(pg.password()).isEqualTo(Files.readString(file).strip()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(Files.readString(dir.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#]*\\btrust\\b").contains("scram-sha-256");
        assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl(), LocalPostgres.SUPERUSER, "")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl(), LocalPostgres.SUPERUSER, "wrong")).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        try (var c = DriverManager.getConnection(pg.jdbcUrl(), LocalPostgres.SUPERUSER, pg.password());
                var rs = c.createStatement().executeQuery("select rolpassword like 'SCRAM-SHA-256$%' from pg_authid where rolname = current_user")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).as("stored as a SCRAM verifier").isTrue();
        }
    }

    private static void exec(String... command) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (isRoot() && !command[0].equals("chown")) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}
