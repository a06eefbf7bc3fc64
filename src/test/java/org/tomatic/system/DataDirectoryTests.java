package org.tomatic.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** TOMATIC_DATA_DIR=fixed/db is the directory fixed/db under the working directory, not an H2 error 90011. */
class DataDirectoryTests {

    @Test
    void aRelativeDataDirectoryIsResolvedAgainstTheWorkingDirectoryBeforeTheDatabaseUrlUsesIt() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("application.properties", Map.of(
            "tomatic.data-dir", "${TOMATIC_DATA_DIR_FOR_THIS_TEST:fixed/db}",
            "spring.datasource.url", "jdbc:h2:file:${tomatic.data-dir}/tomatic;AUTO_SERVER=TRUE")));

        new DataDirectory().postProcessEnvironment(environment, null);

        Path expected = Path.of("").toAbsolutePath().resolve("fixed/db");
        assertThat(environment.getProperty("tomatic.data-dir")).isEqualTo(expected.toString());
        assertThat(environment.getProperty("spring.datasource.url"))
            .isEqualTo("jdbc:h2:file:" + expected + "/tomatic;AUTO_SERVER=TRUE");
    }

    @Test
    void absoluteAndDottedPathsAreNormalisedOrKept() {
        String cwd = Path.of("").toAbsolutePath().toString();
        assertThat(DataDirectory.absolute("./data")).isEqualTo(Path.of(cwd, "data").toString());
        assertThat(DataDirectory.absolute("a/../b")).isEqualTo(Path.of(cwd, "b").toString());
        assertThat(DataDirectory.absolute("/srv/tomatic/data")).isEqualTo("/srv/tomatic/data");
        assertThat(DataDirectory.absolute(" ")).isNull();
        assertThat(DataDirectory.absolute(null)).isNull();
    }

    @Test
    void anAbsoluteDirectoryLeavesTheEnvironmentAlone() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("test", Map.of("tomatic.data-dir", "/srv/x")));
        int before = environment.getPropertySources().size();

        new DataDirectory().postProcessEnvironment(environment, null);

        assertThat(environment.getPropertySources().size()).isEqualTo(before);
    }
}
