package org.tomatic.callinfo.embedded;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;

/** The same contract on the machine's PostgreSQL, in a schema of its own (test.sh starts PostgreSQL). */
@Tag("postgres")
class EmbeddedDirectoryPostgresTests implements EmbeddedDirectoryContract {

    static final EmbeddedTestDatabase DATABASE = EmbeddedTestDatabase.postgres();

    @Override
    public EmbeddedTestDatabase database() {
        return DATABASE;
    }

    @AfterAll
    static void close() {
        DATABASE.close();
    }
}
