package org.tomatic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** `tomatic import` on an installation as it is found, and with TOMATIC_DATA_DIR relative to the working directory. */
class RealInstallationCliTests extends CliTest {

    static final Path REAL_SHAPED = Path.of("src/test/resources/legacy/real-shaped");

    @Test
    void aRealShapedInstallationImportsAndItsExportImportsBackUnchanged() {
        Run dryRun = run("import", REAL_SHAPED.toString(), "--week", "2026-11-30", "--dry-run");
        assertThat(dryRun.status()).as(dryRun.err()).isZero();

        Run imported = run("import", REAL_SHAPED.toString(), "--week", "2026-11-30");
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.err()).isEmpty();
        assertThat(imported.out()).contains("config.yaml:16: warning: setting busyFiles is not used by Tomatic",
            "fixed turns:   6 created", "graelles/overload-2026-11-23.yaml:0: warning: not imported", "imported; 3 warning(s) skipped");

        Path out = temp.resolve("exported");
        assertThat(run("export", out.toString(), "--week", "2026-11-30").status()).isZero();
        Run again = run("import", out.toString(), "--week", "2026-11-30");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("imported; 0 warning(s) skipped; the data was already up to date");
    }

    @Test
    void aRelativeDataDirectoryIsUnderTheWorkingDirectory() throws IOException {
        Path relative = Path.of("target", "relative-data-dir-test", "db");
        Path absolute = Path.of("").toAbsolutePath().resolve(relative);
        deleteTree(absolute.getParent());
        String before = System.getProperty("tomatic.data-dir");
        System.setProperty("tomatic.data-dir", relative.toString()); // as TOMATIC_DATA_DIR=target/… would
        try {
            Run imported = run("import", REAL_SHAPED.toString(), "--week", "2026-11-30");

            assertThat(imported.status()).as(imported.err()).isZero();
            assertThat(imported.err()).doesNotContain("90011");
            assertThat(absolute.resolve("tomatic.mv.db")).exists();
        } finally {
            System.setProperty("tomatic.data-dir", before);
            deleteTree(absolute.getParent());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
