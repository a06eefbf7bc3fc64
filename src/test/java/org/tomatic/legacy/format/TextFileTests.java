package org.tomatic.legacy.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tomatic.legacy.format.LegacyTestFiles.problems;
import static org.tomatic.legacy.format.LegacyTestFiles.write;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileTests {

    @TempDir
    Path dir;

    @Test
    void invalidUtf8NamesTheLineOfTheFirstBadByte() {
        byte[] latin1 = "+anna 1000 # nens\n\nanna dv 0011 # curs d'angl\u00e8s\nanna dl # m\u00e8tge\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        write(dir, "indisponibilitats.conf", latin1);
        write(dir, "persons.yaml", "names: {anna: Anna}\nemails: {anna: \u00e0@x}\n".getBytes(StandardCharsets.ISO_8859_1));

        var result = LegacyReader.read(dir, null);

        assertThat(problems(result)).containsExactly(
                "persons.yaml:2: not valid UTF-8 (first bad byte at offset 35)",
                "indisponibilitats.conf:3: not valid UTF-8 (first bad byte at offset 45)");
        assertThat(result.data().weeklyBusy()).isEmpty();
        assertThat(result.data().filesRead()).containsExactlyInAnyOrder("indisponibilitats.conf", "persons.yaml");
    }

    @Test
    void aTooLargeFileIsOneError() throws IOException {
        Path file = write(dir, "oneshot.conf", "pau 2026-03-12 # formació\n");
        try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(TextFile.MAX_BYTES + 1); // sparse: cheap to create
        }

        var result = LegacyReader.read(dir, null);

        assertThat(problems(result)).containsExactly(
                "oneshot.conf:0: file too large (10485761 bytes, the limit is 10 MiB)");
        assertThat(result.data().oneShotBusy()).isEmpty();
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreAccepted() {
        write(dir, "leaves.conf", "\uFEFFanna\r\npau\r\n");

        var result = LegacyReader.read(dir, null);

        assertThat(result.problems()).isEmpty();
        assertThat(result.data().longLeaves()).containsExactly("anna", "pau");
    }
}
