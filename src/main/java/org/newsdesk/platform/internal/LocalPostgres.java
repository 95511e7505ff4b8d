package org.newsdesk.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL cluster that Newsdesk manages itself when no database is configured: data in a
 * folder of the project, listening on 127.0.0.1 only, started as the {@code postgres} user when
 * the JVM runs as root (PostgreSQL refuses root). One instance per data folder and JVM, shared by
 * every Spring context (the test suite starts several) and stopped when the last one lets go.
 *
 * <p>Nobody gets in without a password: the cluster is created with {@code scram-sha-256} for local
 * and TCP connections and a generated password for the {@value #SUPERUSER} role, kept in
 * {@value #PASSWORD_FILE} inside the data folder (mode 0600, readable by the user running Newsdesk
 * only). A data folder from an earlier version, made with {@code --auth=trust}, is upgraded at start:
 * the role gets a generated password and {@code pg_hba.conf} is switched to {@code scram-sha-256}.
 * See docs/decisions/0002-managed-local-postgresql.md.
 */
public final class LocalPostgres {

    private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);
    private static final List<LocalPostgres> RUNNING = new ArrayList<>();

    public static final String DATABASE = "newsdesk";
    public static final String SUPERUSER = "newsdesk";
    /** The superuser's password, in the data folder. */
    public static final String PASSWORD_FILE = "newsdesk-password";

    private final Path dataDir;
    private int port;
    private final Path binDir;
    private final String sharedBuffers;
    private boolean startedByUs;
    private int users;
    private String password;

    private LocalPostgres(Path dataDir, int port, Path binDir, String sharedBuffers) {
        this.dataDir = dataDir;
        this.port = port;
        this.binDir = binDir;
        this.sharedBuffers = sharedBuffers;
    }

    /** Starts (or joins) the cluster in {@code dataDir} with {@code shared_buffers} sized {@code auto}; callers must {@link #release()} it. */
    public static LocalPostgres acquire(Path dataDir, int port, String configuredBinDir) {
        return acquire(dataDir, port, configuredBinDir, AUTO);
    }

    /**
     * Starts (or joins) the cluster in {@code dataDir}; callers must {@link #release()} it.
     *
     * @param sharedBuffers PostgreSQL's {@code shared_buffers} ("512MB", "1GB"), or {@value #AUTO} (see {@link #sharedBuffers(String, long)})
     */
    public static synchronized LocalPostgres acquire(Path dataDir, int port, String configuredBinDir, String sharedBuffers) {
        String buffers = sharedBuffers(sharedBuffers, physicalMemory());
        Path dir = dataDir.toAbsolutePath().normalize();
        for (LocalPostgres pg : RUNNING) {
            if (pg.dataDir.equals(dir)) {
                pg.users++;
                return pg;
            }
        }
        LocalPostgres pg = new LocalPostgres(dir, port, findBinDir(configuredBinDir), buffers);
        pg.start();
        pg.users = 1;
        RUNNING.add(pg);
        return pg;
    }

    public synchronized void release() {
        synchronized (LocalPostgres.class) {
            if (--users > 0) {
                return;
            }
            RUNNING.remove(this);
        }
        stop();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    /** The {@value #SUPERUSER} role's password (from {@value #PASSWORD_FILE}). */
    public String password() {
        return password;
    }

    public static final String AUTO = "auto";

    /**
     * The {@code shared_buffers} the server starts with. PostgreSQL's default, 128 MB, is sized for a machine that runs
     * anything else too: once the inbox and its indexes outgrow it (about 70,000 source items), each imported item made the
     * server read about 12 pages from the operating system's cache and write about 12 dirty ones out itself to make room, and
     * its CPU per item rose with the database (issue #15: the ingest benchmark on 171,000 items, 1.04-1.11 ms of PostgreSQL's
     * CPU per item with 128 MB, 0.89-0.99 ms with 1 GB, back to back). {@value #AUTO} takes an eighth of the machine's
     * memory, at least 128 MB and at most 1 GB (a desk machine runs the app beside it; PostgreSQL's own guide suggests a
     * quarter of the memory of a machine that runs only the database). An explicit size is passed on as written.
     */
    static String sharedBuffers(String configured, long physicalMemory) {
        String value = configured == null || configured.isBlank() ? AUTO : configured.strip();
        if (value.equalsIgnoreCase(AUTO)) {
            long mb = physicalMemory / 8 / (1024 * 1024);
            return Math.clamp(mb, 128, 1024) + "MB";
        }
        var size = java.util.regex.Pattern.compile("(\\d{1,7})\\s*([kKmMgG])B").matcher(value);
        if (!size.matches()) {
            throw new IllegalStateException("NEWSDESK_LOCAL_DB_SHARED_BUFFERS=" + configured
                    + " is not a size: write it as a number with kB, MB or GB (\"512MB\", \"1GB\"), or auto.");
        }
        long kb = Long.parseLong(size.group(1)) * switch (Character.toUpperCase(size.group(2).charAt(0))) {
            case 'K' -> 1L;
            case 'M' -> 1024L;
            default -> 1024L * 1024;
        };
        if (kb < 1024) {
            throw new IllegalStateException("NEWSDESK_LOCAL_DB_SHARED_BUFFERS=" + configured + " is too small: PostgreSQL needs at least 1MB (128MB is its own default).");
        }
        return kb + "kB";
    }

    private static long physicalMemory() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }

    static Path findBinDir(String configured) {
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            if (Files.isExecutable(p.resolve("pg_ctl"))) {
                return p;
            }
            throw new IllegalStateException("NEWSDESK_PG_BIN=" + configured
                    + " holds no pg_ctl: point it at PostgreSQL's bin folder, or install PostgreSQL 15+ (Debian: apt-get install postgresql).");
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                Optional<Path> newest = versions
                        .filter(v -> Files.isExecutable(v.resolve("bin/pg_ctl")))
                        .max(Comparator.comparingInt(LocalPostgres::majorVersion));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + root, e);
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, "pg_ctl"))) {
                return Path.of(dir);
            }
        }
        throw new IllegalStateException("PostgreSQL server binaries (pg_ctl, initdb) were not found: install PostgreSQL 15 or newer "
                + "(Debian: apt-get install postgresql), set NEWSDESK_PG_BIN to its bin folder, or configure an existing database with NEWSDESK_DB_URL.");
    }

    private static int majorVersion(Path versionDir) {
        try {
            return Integer.parseInt(versionDir.getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void start() {
        try {
            Files.createDirectories(dataDir.getParent());
            if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
                initdb();
            }
            if (isRunning()) {
                port = runningPort().orElse(port);
                log.info("Using the local PostgreSQL already running in {} on port {}", dataDir, port);
            } else {
                if (port == 0) {
                    port = freePort();
                }
                log.info("Starting local PostgreSQL on 127.0.0.1:{} (data in {}, shared_buffers {})", port, dataDir, sharedBuffers);
                // max_wal_size 4GB (PostgreSQL's default is 1GB): an import burst with search indexing writes 20-40 kB of WAL
                // per item, so at 2,000 items a second the default forced a checkpoint every 10-20 s ("checkpoints are
                // occurring too frequently"), and each one starts a new round of full-page images of every index page
                // touched (issue #15, the ingest benchmark: 42 kB of WAL and 0.81 ms of PostgreSQL's CPU per item with a
                // checkpoint in the pass, 25 kB and 0.77 ms without). The WAL kept between checkpoints is allowed to grow
                // to 4 GB on disk; checkpoint_timeout (5 minutes) still bounds the time a crash recovery replays.
                run(Duration.ofSeconds(60), pg("pg_ctl"), "-D", dataDir.toString(), "-l", logFile().toString(), "-w", "-t", "50",
                        "-o", "-p " + port + " -h 127.0.0.1 -c unix_socket_directories='' -c max_connections=200 -c fsync=on -c max_wal_size=4GB -c shared_buffers=" + sharedBuffers,
                        "start");
                startedByUs = true;
            }
            password = requirePassword();
            createDatabaseIfMissing();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the local PostgreSQL in " + dataDir + ": " + e.getMessage()
                    + " (see " + logFile() + ")", e);
        }
    }

    private void stop() {
        if (!startedByUs) {
            return;
        }
        try {
            log.info("Stopping local PostgreSQL in {}", dataDir);
            run(Duration.ofSeconds(30), pg("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "stop");
        } catch (IOException e) {
            log.warn("Could not stop the local PostgreSQL cleanly: {}", e.getMessage());
        }
    }

    private boolean isRunning() throws IOException {
        ProcessResult status = runAllowingFailure(Duration.ofSeconds(10), pg("pg_ctl"), "-D", dataDir.toString(), "status");
        return status.exitCode() == 0;
    }

    /** The port a running server listens on: line 4 of postmaster.pid. */
    private Optional<Integer> runningPort() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return lines.size() > 3 ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void initdb() throws IOException {
        log.info("Creating a local PostgreSQL cluster in {}", dataDir);
        Files.createDirectories(dataDir);
        if (isRoot()) {
            run(Duration.ofSeconds(10), "chown", "-R", "postgres:postgres", dataDir.getParent().toString());
        }
        String generated = generatePassword();
        // initdb reads the password from a file; it runs as the postgres user when we are root
        Path pwfile = Files.createTempFile(dataDir.getParent(), ".initdb-", ".pw");
        try {
            Files.writeString(pwfile, generated + "\n");
            Files.setPosixFilePermissions(pwfile, PosixFilePermissions.fromString("rw-------"));
            if (isRoot()) {
                run(Duration.ofSeconds(10), "chown", "postgres:postgres", pwfile.toString());
            }
            run(Duration.ofSeconds(120), pg("initdb"), "-D", dataDir.toString(), "-U", SUPERUSER, "--auth-local=scram-sha-256",
                    "--auth-host=scram-sha-256", "--pwfile=" + pwfile, "--encoding=UTF8", "--locale=C.UTF-8", "--no-instructions");
        } finally {
            Files.deleteIfExists(pwfile);
        }
        writePasswordFile(generated);
    }

    /**
     * The superuser's password. A cluster from an earlier version trusted every local user
     * ({@code --auth=trust}): it gets a generated password now, then {@code scram-sha-256} in
     * {@code pg_hba.conf}, and the server reloads its configuration.
     */
    private String requirePassword() throws IOException {
        Path file = dataDir.resolve(PASSWORD_FILE);
        String known = Files.exists(file) ? Files.readString(file).strip() : null;
        Path hba = dataDir.resolve("pg_hba.conf");
        List<String> lines = Files.readAllLines(hba);
        boolean trusting = lines.stream().anyMatch(LocalPostgres::trusts);
        if (!trusting) {
            if (known == null) {
                throw new IOException("the cluster asks for passwords but " + file + " is missing: restore it, or move the data folder aside to start afresh");
            }
            return known;
        }
        log.info("The local PostgreSQL in {} trusted every local user; giving it a password and scram-sha-256 sign-in", dataDir);
        String pw = known != null ? known : generatePassword();
        try (var c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", SUPERUSER, "");
                var st = c.createStatement()) {
            st.execute("set password_encryption = 'scram-sha-256'");
            st.execute("alter role " + SUPERUSER + " with password '" + pw + "'"); // base64url: nothing to escape
            if (known == null) {
                writePasswordFile(pw);
            }
            List<String> upgraded = lines.stream().map(l -> trusts(l) ? l.replaceAll("\\btrust\\b", "scram-sha-256") : l).toList();
            Files.write(hba, upgraded);
            st.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("cannot set a password on the local PostgreSQL: " + e.getMessage(), e);
        }
        return pw;
    }

    private static boolean trusts(String hbaLine) {
        String l = hbaLine.strip();
        return !l.startsWith("#") && l.matches(".*\\btrust\\b.*");
    }

    private void writePasswordFile(String pw) throws IOException {
        Path file = dataDir.resolve(PASSWORD_FILE);
        Path tmp = dataDir.resolve(PASSWORD_FILE + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, pw + "\n");
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String generatePassword() {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void createDatabaseIfMissing() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (var c = DriverManager.getConnection(url, SUPERUSER, password);
                var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (var create = c.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot create database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    private Path logFile() {
        return dataDir.resolveSibling(dataDir.getFileName() + ".log");
    }

    private String pg(String tool) {
        return binDir.resolve(tool).toString();
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private record ProcessResult(int exitCode, String output) {}

    private static void run(Duration timeout, String... command) throws IOException {
        ProcessResult result = runAllowingFailure(timeout, command);
        if (result.exitCode() != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit " + result.exitCode() + "): " + result.output().strip());
        }
    }

    private static ProcessResult runAllowingFailure(Duration timeout, String... command) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (isRoot() && !command[0].equals("chown")) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process p = pb.start();
        try {
            // pg_ctl start leaves the server holding stdout open only if we do not give it -l; we do.
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        String out = new String(p.getInputStream().readAllBytes());
        return new ProcessResult(p.exitValue(), out);
    }
}
