package org.tomatic;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The shared benchmark instances (../shared/bench/instances, beside the checkout as in CI, or
 * TOMATIC_SHARED_DIR). Tests that need them are skipped, saying why, where they are absent.
 */
public final class SharedBench {

    private SharedBench() {
    }

    public static Path instance(String name) {
        Path shared = Path.of(System.getenv().getOrDefault("TOMATIC_SHARED_DIR", "../shared"));
        Path file = shared.resolve("bench/instances").resolve(name + ".json");
        Assumptions.assumeTrue(Files.isRegularFile(file), "the shared benchmark instance " + file + " is not here");
        return file;
    }
}
