package org.tomatic.pbx.extensions;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/** The directory on the machine's MariaDB, in a database of its own with the tables Asterisk creates. */
@Tag("mariadb")
class ExtensionsOnMariaDbTests extends RealtimeExtensionsContract {

    static RealtimeDatabase database;
    static String unavailable;

    @BeforeAll
    static void create() {
        unavailable = RealtimeDatabase.mariaDbUnavailable();
        if (unavailable == null) {
            database = RealtimeDatabase.mariaDb();
        }
    }

    @AfterAll
    static void drop() {
        if (database != null) {
            database.close();
        }
    }

    /** Each test is skipped with the reason when MariaDB is not there (test.sh starts it). */
    @Override
    RealtimeDatabase database() {
        Assumptions.assumeTrue(unavailable == null, unavailable);
        return database;
    }
}
