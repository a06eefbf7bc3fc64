package org.tomatic.pbx.extensions;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/** The directory on the machine's MariaDB, in a database of its own with the tables Asterisk creates. */
@Tag("mariadb")
class ExtensionsOnMariaDbTests extends RealtimeExtensionsContract {

    static RealtimeDatabase database;

    @BeforeAll
    static void create() {
        database = RealtimeDatabase.mariaDb();
    }

    @AfterAll
    static void drop() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    RealtimeDatabase database() {
        return database;
    }
}
