package org.tomatic.callinfo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.tomatic.callinfo.SearchField;
import org.tomatic.callinfo.SearchResult;

class EmbeddedDirectoryH2Tests implements EmbeddedDirectoryContract {

    static final EmbeddedTestDatabase DATABASE = EmbeddedTestDatabase.h2();

    @Override
    public EmbeddedTestDatabase database() {
        return DATABASE;
    }

    @AfterAll
    static void close() {
        DATABASE.close();
    }

    @Test
    void anUnreachableDatabaseIsAnErrorNotAnException() {
        var missing = new DriverManagerDataSource("jdbc:h2:file:./target/no-such-directory/none;IFEXISTS=TRUE", "sa", "");
        var directory = new EmbeddedDirectory(JdbcClient.create(missing), EmbeddedTestDatabase.PHONES);

        SearchResult result = directory.search(SearchField.PHONE, "600112233", 20);
        assertThat(result.status()).isEqualTo(SearchResult.Status.ERROR);
        assertThat(result.error()).startsWith("embedded directory: ");
        assertThat(directory.details("1000001").error()).startsWith("embedded directory: ");
    }
}
