package org.tomatic.pbx.extensions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A throw-away Asterisk realtime database on the machine's real server, with the tables Asterisk's
 * migrations create ({@code src/test/resources/asterisk-realtime/}). MariaDB: a database of its own
 * (test.sh starts the server; the tests are skipped with a message when it is not there). PostgreSQL:
 * a schema of its own, like PostgresPersistenceTests. Override with TOMATIC_TEST_MARIADB_URL / _USER /
 * _PASSWORD and TOMATIC_TEST_PG_URL / _USER.
 */
public final class RealtimeDatabase implements AutoCloseable {

    static final String MARIADB_URL = env("TOMATIC_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
    static final String MARIADB_USER = env("TOMATIC_TEST_MARIADB_USER", "root");
    static final String MARIADB_PASSWORD = env("TOMATIC_TEST_MARIADB_PASSWORD", "");
    static final String PG_URL = env("TOMATIC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = env("TOMATIC_TEST_PG_USER", "postgres");

    private final String url;
    private final String user;
    private final String password;
    private final String unreachableUrl;
    private final Runnable drop;
    private final DataSource dataSource;

    private RealtimeDatabase(String url, String user, String password, String unreachableUrl, Runnable drop) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.unreachableUrl = unreachableUrl;
        this.drop = drop;
        this.dataSource = new DriverManagerDataSource(url, user, password);
    }

    /** Why the MariaDB tests cannot run here, or null when MariaDB answers. */
    public static String mariaDbUnavailable() {
        try (Connection ignored = DriverManager.getConnection(MARIADB_URL + "?connectTimeout=2000", MARIADB_USER,
            MARIADB_PASSWORD)) {
            return null;
        } catch (SQLException e) {
            return "MariaDB is not reachable at " + MARIADB_URL + " (" + e.getMessage()
                + "): run ./test.sh (it starts MariaDB), or skip with -DexcludedGroups=mariadb";
        }
    }

    /** A fresh database; the calling test is skipped (with the reason) when MariaDB is not there. */
    public static RealtimeDatabase mariaDb() {
        String unavailable = mariaDbUnavailable();
        Assumptions.assumeTrue(unavailable == null, unavailable);
        String name = "tomatic_rt_" + random();
        JdbcClient server = JdbcClient.create(new DriverManagerDataSource(MARIADB_URL, MARIADB_USER, MARIADB_PASSWORD));
        server.sql("CREATE DATABASE " + name + " CHARACTER SET utf8mb4").update();
        String url = MARIADB_URL.substring(0, MARIADB_URL.lastIndexOf('/') + 1) + name;
        RealtimeDatabase db = new RealtimeDatabase(url, MARIADB_USER, MARIADB_PASSWORD,
            url.replaceFirst(":\\d+/", ":1/") + "?password=never-shown",
            () -> server.sql("DROP DATABASE " + name).update());
        db.run("asterisk-realtime/mariadb.sql");
        return db;
    }

    public static RealtimeDatabase postgres() {
        String schema = "tomatic_rt_" + random();
        JdbcClient server = JdbcClient.create(new DriverManagerDataSource(PG_URL, PG_USER, ""));
        server.sql("CREATE SCHEMA " + schema).update();
        String url = PG_URL + "?currentSchema=" + schema;
        RealtimeDatabase db = new RealtimeDatabase(url, PG_USER, "", url.replaceFirst(":\\d+/", ":1/")
            + "&password=never-shown", () -> server.sql("DROP SCHEMA " + schema + " CASCADE").update());
        db.run("asterisk-realtime/postgresql.sql");
        return db;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The same server on a port where nothing listens, with a password in the URL that must not be shown. */
    public String unreachableUrl() {
        return unreachableUrl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    @Override
    public void close() {
        drop.run();
    }

    private void run(String script) {
        new ResourceDatabasePopulator(new ClassPathResource(script)).execute(dataSource);
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String env(String name, String fallback) {
        return System.getenv().getOrDefault(name, fallback);
    }
}
