package org.tomatic.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OR-Tools' libraries unpacked once into the cache folder, then found there. */
class NativesTests {

    @Test
    void theLibrariesAreUnpackedOnceAndFoundAgain(@TempDir Path cache) throws Exception {
        Path first = Natives.unpacked(cache);

        assertThat(first).isNotNull();
        Path library = first.resolve(System.mapLibraryName("jniortools"));
        assertThat(library).isRegularFile();
        var unpackedAt = Files.getLastModifiedTime(library);
        try (var folders = Files.list(cache)) {
            assertThat(folders.map(p -> p.getFileName().toString())).singleElement().asString()
                .startsWith("ortools-").doesNotContain("partial");
        }

        Path again = Natives.unpacked(cache);

        assertThat(again).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(library)).isEqualTo(unpackedAt);
    }
}
