package org.tomatic.pbx.extensions;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/** The directory on the machine's PostgreSQL, in a schema of its own with the tables Asterisk creates. */
@Tag("postgres")
class ExtensionsOnPostgresTests extends RealtimeExtensionsContract {

    static RealtimeDatabase database;

    @BeforeAll
    static void create() {
        database = RealtimeDatabase.postgres();
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
