package org.tomatic.legacy.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tomatic.legacy.format.LegacyTestFiles.errors;
import static org.tomatic.legacy.format.LegacyTestFiles.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LF, CRLF and a lone CR end lines alike, in the text files and in YAML: same entries, same line numbers. */
class LineEndingsTests {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LF", "CRLF", "CR"})
    void busyFilesGiveTheSameEntriesAndLines(String ending) {
        write(dir, "indisponibilitats.conf", ends(ending, """
                # weekly
                +anna dl 1000 # nens

                pau dm 0011 # curs
                pau dz 0011 # bad weekday
                anna # every day
                """));

        var result = LegacyReader.read(dir, null);

        assertThat(errors(result)).containsExactly(
                "indisponibilitats.conf:5: unknown weekday 'dz' (expected dl, dm, dx, dj or dv)");
        assertThat(result.data().weeklyBusy()).extracting(LegacyBusy::person, LegacyBusy::weekday,
                LegacyBusy::reason, b -> b.source().line()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("anna", DayOfWeek.MONDAY, "nens", 2),
                org.assertj.core.groups.Tuple.tuple("pau", DayOfWeek.TUESDAY, "curs", 4),
                org.assertj.core.groups.Tuple.tuple("anna", null, "every day", 6));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LF", "CRLF", "CR"})
    void theOtherTextFilesToo(String ending) {
        write(dir, "oneshot.conf", ends(ending, "pau 2026-03-12 # formació\n\npau 2026-02-30 # no such day\n"));
        write(dir, "holidays.conf", ends(ending, "2026-12-08\tImmaculada\n2026-12-25\tNadal\nnope\tx\n"));
        write(dir, "leaves.conf", ends(ending, "anna\npau # back in May\nAnna\n"));

        var result = LegacyReader.read(dir, null);

        assertThat(errors(result)).containsExactly(
                "oneshot.conf:3: bad date '2026-02-30' (expected an existing YYYY-MM-DD date)",
                "leaves.conf:3: bad person id 'Anna' (one id per line)",
                "holidays.conf:3: bad date 'nope' (expected an existing YYYY-MM-DD date, a TAB and a description)");
        assertThat(result.data().oneShotBusy()).extracting(LegacyBusy::date)
                .containsExactly(LocalDate.of(2026, 3, 12));
        assertThat(result.data().holidays()).extracting(LegacyDay::name, d -> d.source().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Immaculada", 1),
                        org.assertj.core.groups.Tuple.tuple("Nadal", 2));
        assertThat(result.data().longLeaves()).containsExactly("anna", "pau");
    }

    /** snakeyaml reads a lone CR as a line break (YAML 1.1 b-break) and counts its lines. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LF", "CRLF", "CR"})
    void yamlGivesTheSameValuesAndLines(String ending) {
        write(dir, "persons.yaml", ends(ending, """
                names:
                  anna: Anna
                  pau: Pau
                extensions:
                  anna: '201'
                tables:
                  pau: nine
                """));

        var result = LegacyReader.read(dir, null);

        assertThat(errors(result)).containsExactly(
                "persons.yaml:7: `tables`: pau: 'nine' is not a desk number (-1 = none)");
        assertThat(result.data().people()).extracting(LegacyPerson::id, LegacyPerson::name, LegacyPerson::extension)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("anna", "Anna", "201"),
                        org.assertj.core.groups.Tuple.tuple("pau", "Pau", null));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LF", "CRLF", "CR"})
    void aYamlSyntaxErrorNamesItsLine(String ending) {
        write(dir, "config.yaml", ends(ending, "nTelefons: 3\nhours: ['09:00', '10:00'\nmaxOverload: 1\n"));

        var result = LegacyReader.read(dir, null);

        assertThat(errors(result)).singleElement().asString().startsWith("config.yaml:3: YAML syntax error");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LF", "CRLF", "CR"})
    void badUtf8NamesItsLine(String ending) {
        byte[] bytes = ends(ending, "anna\npau\nm\u00e8tge\n").getBytes(StandardCharsets.ISO_8859_1);
        write(dir, "leaves.conf", bytes);

        var result = LegacyReader.read(dir, null);

        assertThat(errors(result)).singleElement().asString().startsWith("leaves.conf:3: not valid UTF-8");
    }

    private static String ends(String ending, String text) {
        return text.replace("\n", switch (ending) {
            case "CRLF" -> "\r\n";
            case "CR" -> "\r";
            default -> "\n";
        });
    }
}
