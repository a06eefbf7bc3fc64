package org.tomatic.legacy.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.tomatic.legacy.format.LegacyTestFiles.errors;
import static org.tomatic.legacy.format.LegacyTestFiles.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the reader expects a file, anything but a readable regular file is an error naming the file, found
 * without opening it (a FIFO would block, /dev/zero would never end); an absent file stays absent.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FileKindsTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"persons.yaml", "config.yaml", "idealshifts.yaml", "indisponibilitats.conf",
        "oneshot.conf", "indisponibilitats-vacances.conf", "leaves.conf", "holidays.conf", "data/noservice.conf",
        "data/forced-turns.yaml", "shiftcredit.yaml", "graelles/graella-2026-03-09.yaml",
        "graelles/shiftcredit-2026-03-09.yaml", "graelles/shiftcredit.yaml"})
    void aDirectoryWhereAFileIsExpectedIsAnError(String path) throws IOException {
        Files.createDirectories(dir.resolve(path));

        var result = LegacyReader.read(dir, null);

        assertThat(errors(result)).containsExactly(path + ": not a regular file (a directory)");
        assertThat(result.data().filesRead()).containsExactly(path);
    }

    @Test
    void aFifoIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("persons.yaml");
        assumeThat(mkfifo(fifo)).as("mkfifo is available").isTrue();

        var result = LegacyReader.read(dir, null); // opening it would block: the @Timeout would fail the test

        assertThat(errors(result)).containsExactly("persons.yaml: not a regular file (a FIFO)");
        assertThat(result.data().people()).isEmpty();
    }

    @Test
    void aSymbolicLinkToADeviceIsRefused() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeThat(Files.exists(zero)).isTrue();
        Files.createSymbolicLink(dir.resolve("indisponibilitats.conf"), zero);

        var result = LegacyReader.read(dir, null);

        assertThat(errors(result)).containsExactly(
                "indisponibilitats.conf: not a regular file (a symbolic link to /dev/zero, a character device)");
    }

    @Test
    void aDanglingSymbolicLinkIsRefused() throws IOException {
        Files.createSymbolicLink(dir.resolve("persons.yaml"), dir.resolve("gone.yaml"));

        var result = LegacyReader.read(dir, null);

        assertThat(errors(result)).containsExactly(
                "persons.yaml: not a regular file (a dangling symbolic link to " + dir.resolve("gone.yaml") + ")");
    }

    @Test
    void aSymbolicLinkLoopIsRefused() throws IOException {
        Files.createSymbolicLink(dir.resolve("persons.yaml"), Path.of("config.yaml"));
        Files.createSymbolicLink(dir.resolve("config.yaml"), Path.of("persons.yaml"));

        var result = LegacyReader.read(dir, null);

        assertThat(errors(result)).containsExactlyInAnyOrder(
                "config.yaml: not a regular file (a symbolic link loop)",
                "persons.yaml: not a regular file (a symbolic link loop)");
    }

    @Test
    void aSymbolicLinkToARegularFileIsRead() throws IOException {
        Path elsewhere = write(dir, "elsewhere/leaves.txt", "anna\n");
        Files.createSymbolicLink(dir.resolve("leaves.conf"), elsewhere);

        var result = LegacyReader.read(dir, null);

        assertThat(result.problems()).isEmpty();
        assertThat(result.data().longLeaves()).containsExactly("anna");
    }

    @Test
    void anUnreadableFileIsRefused() throws IOException {
        Path file = write(dir, "leaves.conf", "anna\n");
        assumeThat(file.toFile().setReadable(false, false)).isTrue();
        assumeThat(Files.isReadable(file)).as("not running as root").isFalse();

        var result = LegacyReader.read(dir, null);

        assertThat(errors(result)).containsExactly("leaves.conf: cannot be read (permission denied)");
    }

    @Test
    void aFileWhereAFolderIsExpectedIsAnError() {
        write(dir, "graelles", "not a folder\n");
        write(dir, "data", "not a folder either\n");

        var result = LegacyReader.read(dir, null);

        assertThat(errors(result)).containsExactlyInAnyOrder("graelles: not a directory (a regular file)",
                "data: not a directory (a regular file)");
    }

    @Test
    void otherEntriesOfTheTimetableFolderAreLeftAlone() throws IOException {
        Files.createDirectories(dir.resolve("graelles/old"));
        write(dir, "graelles/notes.txt", "whatever\n");

        var result = LegacyReader.read(dir, null);

        assertThat(result.problems()).isEmpty();
    }

    @Test
    void absentFilesAreStillAbsent() {
        var result = LegacyReader.read(dir, null);

        assertThat(result.problems()).isEmpty();
        assertThat(result.data().filesRead()).isEmpty();
    }

    /** Makes a FIFO with the system's mkfifo; false when there is none. */
    static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return p.waitFor(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS) && p.exitValue() == 0
                    && Files.exists(path);
        }
        catch (IOException e) {
            return false;
        }
    }
}
