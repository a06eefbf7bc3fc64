package org.tomatic.legacy.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tomatic.legacy.format.LegacyTestFiles.comparable;
import static org.tomatic.legacy.format.LegacyTestFiles.date;
import static org.tomatic.legacy.format.LegacyTestFiles.problems;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** read -> write -> read gives the same data: nothing is lost on export. */
class LegacyRoundTripTests {

    private static final LocalDate FIXTURE_WEEK = date("2026-04-13");

    @TempDir
    Path tmp;

    @Test
    void theHandWrittenFixtureSurvivesARoundTrip() throws Exception {
        LegacyReadResult first = LegacyReader.read(fixture(), FIXTURE_WEEK);
        assertThat(problems(first)).containsExactly(
                "config.yaml:16: warning: setting aleatori is not used by Tomatic, ignored",
                "config.yaml:17: warning: setting maximCompeticioPerTorn is not used by Tomatic, ignored");
        assertEveryKindIsPresent(first.data());

        LegacyWriter.write(first.data(), tmp.resolve("out"), FIXTURE_WEEK);
        LegacyReadResult second = LegacyReader.read(tmp.resolve("out"), FIXTURE_WEEK);

        assertThat(problems(second)).isEmpty();
        assertThat(comparable(second.data())).isEqualTo(comparable(first.data()));
    }

    @Test
    void theFixtureIsReadAsTheOldToolMeantIt() throws Exception {
        LegacyData data = LegacyReader.read(fixture(), FIXTURE_WEEK).data();

        assertThat(data.people()).extracting(LegacyPerson::id)
                .containsExactly("anna", "carla", "jordib", "marc", "montse", "nuria", "pau");
        assertThat(data.people().get(0)).isEqualTo(new LegacyPerson("anna", "Anna Puig", "201", "anna@example.coop",
                "AnnaP", "fbe8bc", 3, List.of("admin"), 5, null));
        assertThat(data.people()).filteredOn(p -> p.id().equals("carla")).singleElement()
                .satisfies(carla -> {
                    assertThat(carla.extension()).isEqualTo("0218");
                    assertThat(carla.maxPerDay()).isEqualTo(3);
                    assertThat(carla.groups()).containsExactly("factura");
                });
        assertThat(data.people()).filteredOn(p -> p.id().equals("montse")).singleElement()
                .isEqualTo(new LegacyPerson("montse", null, null, null, null, null, null, List.of(), null, null));
        assertThat(data.weeklyBusy()).hasSize(8).first().isEqualTo(new LegacyBusy("anna", true, null, null, "1000",
                "porta els nens a l'escola", new Source("indisponibilitats.conf", 4)));
        assertThat(data.vacations()).extracting(LegacyBusy::person, LegacyBusy::date, LegacyBusy::turns)
                .hasSize(7)
                .contains(tuple("anna", date("2026-04-14"), "1111"),
                        tuple("nuria", date("2026-04-17"), "0011"));
        assertThat(data.timetables()).extracting(LegacyTimetable::week)
                .containsExactly(date("2026-03-30"), date("2026-04-06"));
        assertThat(data.timetables().get(1).grid().cells().get(DayOfWeek.MONDAY))
                .allSatisfy(row -> assertThat(row).containsOnly("festiu"));
        assertThat(data.credits()).extracting(LegacyCredit::week).containsExactly(date("2026-03-30"), FIXTURE_WEEK);
        assertThat(data.credits().get(1).credit()).isEqualTo(Map.of("anna", 1.5, "jordib", -2.0, "nuria", -0.2,
                "carla", 3.5));
    }

    @Test
    void withoutAWeekTheVacationsAreSkippedBothWays() throws Exception {
        LegacyReadResult first = LegacyReader.read(fixture(), null);
        assertThat(first.data().vacations()).isEmpty();

        LegacyWriter.write(first.data(), tmp.resolve("out"), null);
        LegacyReadResult second = LegacyReader.read(tmp.resolve("out"), null);

        assertThat(Files.exists(tmp.resolve("out/indisponibilitats-vacances.conf"))).isFalse();
        assertThat(comparable(second.data())).isEqualTo(comparable(first.data()));
    }

    @Test
    void theSampleDirectorySurvivesARoundTrip() throws IOException {
        LegacySampleDirectory.write(tmp.resolve("in"), 40, 6, 7);
        LegacyReadResult first = LegacyReader.read(tmp.resolve("in"), LegacySampleDirectory.CURRENT_WEEK);
        assertThat(first.hasErrors()).as(problems(first).toString()).isFalse();
        assertEveryKindIsPresent(first.data());

        LegacyWriter.write(first.data(), tmp.resolve("out"), LegacySampleDirectory.CURRENT_WEEK);
        LegacyReadResult second = LegacyReader.read(tmp.resolve("out"), LegacySampleDirectory.CURRENT_WEEK);

        assertThat(problems(second)).isEmpty();
        assertThat(comparable(second.data())).isEqualTo(comparable(first.data()));
    }

    @Test
    void realShapedAndOlderLayoutInstallationsSurviveARoundTrip() throws Exception {
        for (String name : List.of("real-shaped", "older-layout")) {
            Path in = Path.of(getClass().getResource("/legacy/" + name).toURI());
            LegacyReadResult first = LegacyReader.read(in, date("2026-11-30"));
            assertThat(first.hasErrors()).as(name + ": " + problems(first)).isFalse();

            LegacyWriter.write(first.data(), tmp.resolve(name), date("2026-11-30"));
            LegacyReadResult second = LegacyReader.read(tmp.resolve(name), date("2026-11-30"));

            assertThat(problems(second)).as(name).isEmpty();
            assertThat(comparable(second.data())).as(name).isEqualTo(comparable(first.data()));
            // the fixed turns were at the root in the older layout; the export keeps them where config.yaml says
            assertThat(first.data().forcedTurnsFile()).isEqualTo("forced-turns.yaml");
            assertThat(second.data().forcedTurnsFile()).isEqualTo("data/forced-turns.yaml");
            assertThat(Files.readString(tmp.resolve(name).resolve("config.yaml")))
                    .contains("forcedTimeTable: data/forced-turns.yaml");
        }
    }

    @Test
    void writingWhatWasWrittenGivesTheSameBytes() throws Exception {
        LegacyWriter.write(LegacyReader.read(fixture(), FIXTURE_WEEK).data(), tmp.resolve("a"), FIXTURE_WEEK);
        LegacyWriter.write(LegacyReader.read(tmp.resolve("a"), FIXTURE_WEEK).data(), tmp.resolve("b"), FIXTURE_WEEK);

        List<Path> files = files(tmp.resolve("a"));
        assertThat(files).isEqualTo(files(tmp.resolve("b"))).hasSize(13);
        for (Path file : files) {
            assertThat(tmp.resolve("b").resolve(file)).hasSameBinaryContentAs(tmp.resolve("a").resolve(file));
        }
    }

    private static void assertEveryKindIsPresent(LegacyData data) {
        assertThat(data.people()).isNotEmpty();
        assertThat(data.settings()).isNotNull();
        assertThat(data.weeklyBusy()).isNotEmpty();
        assertThat(data.oneShotBusy()).isNotEmpty();
        assertThat(data.vacations()).isNotEmpty();
        assertThat(data.longLeaves()).isNotEmpty();
        assertThat(data.holidays()).isNotEmpty();
        assertThat(data.noService()).isNotEmpty();
        assertThat(data.forcedTurns()).isNotNull();
        assertThat(data.timetables()).isNotEmpty();
        assertThat(data.credits()).isNotEmpty();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    private Path fixture() throws URISyntaxException {
        return Path.of(getClass().getResource("/legacy/sample").toURI());
    }
}
