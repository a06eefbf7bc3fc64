package org.tomatic.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.legacy.format.LegacyData;
import org.tomatic.legacy.format.LegacySampleDirectory;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.timetable.Change;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;

/** The legacy import and export against the real database: lossless, idempotent, all or nothing. */
class LegacyImportTests extends IntegrationTest {

    static final Path FIXTURE = Path.of("src/test/resources/legacy/sample");
    static final LocalDate FIXTURE_WEEK = LocalDate.of(2026, 3, 30);

    @Autowired
    LegacyImporter importer;

    @Autowired
    LegacyExporter exporter;

    @Autowired
    PersonRepository people;

    @Autowired
    TimetableRepository timetables;

    @TempDir
    Path temp;

    @Test
    void importsEveryFileKind() {
        ImportReport report = importer.importDirectory(FIXTURE, FIXTURE_WEEK, false, "test");

        assertThat(report.errors()).isEmpty();
        assertThat(report.applied()).isTrue();
        assertThat(report.changes()).allSatisfy((kind, counts) ->
            assertThat(counts.created() + counts.updated()).as(kind).isPositive());
        assertThat(count("person")).isEqualTo(1 + report.changes().get("people").created());
        assertThat(count("busy_entry")).isPositive();
        assertThat(count("timetable_cell")).isPositive();
        assertThat(count("audit_event WHERE entity = 'legacy'")).isEqualTo(1);
    }

    @Test
    void reimportingTheSameDirectoryChangesNothing() {
        importer.importDirectory(FIXTURE, FIXTURE_WEEK, false, "test");
        Map<String, Integer> before = tableCounts();

        ImportReport again = importer.importDirectory(FIXTURE, FIXTURE_WEEK, false, "test");

        assertThat(again.errors()).isEmpty();
        assertThat(again.changedAnything()).as(String.join("\n", again.lines())).isFalse();
        assertThat(tableCounts()).isEqualTo(before);
    }

    @Test
    void reimportingAChangedWeekKeepsItsChangeLogAndAddsOneImportChange() throws IOException {
        Path dir = copyOfFixture();
        importer.importDirectory(dir, FIXTURE_WEEK, false, "test");
        // A hand edit in Tomatic (Monday, turn 1, line 3: nuria → nobody), logged as usual.
        assertThat(timetables.setCell(FIXTURE_WEEK, DayOfWeek.MONDAY, 0, 2, null, 0)).isTrue();
        timetables.addChange(FIXTURE_WEEK, new Change(null, java.time.Instant.now(), "carla", DayOfWeek.MONDAY, 0, 2,
            "nuria", null, "by hand", Change.Kind.EDIT, null));
        // The old tool's file changed the same week another way.
        Path file = dir.resolve("graelles/graella-2026-03-30.yaml");
        Files.writeString(file, Files.readString(file).replaceFirst("\\[anna, jordib, nuria]", "[anna, nuria, jordib]"));

        ImportReport report = importer.importDirectory(dir, FIXTURE_WEEK, false, "test");

        assertThat(report.errors()).isEmpty();
        assertThat(report.changes().get("timetables").updated()).isEqualTo(1);
        assertThat(timetables.version(FIXTURE_WEEK)).contains(2);
        assertThat(timetables.changes(FIXTURE_WEEK)).extracting(Change::kind)
            .containsExactly(Change.Kind.IMPORT, Change.Kind.EDIT);
        assertThat(timetables.changes(FIXTURE_WEEK).get(0).reason()).contains("graella-2026-03-30.yaml");
        assertThat(timetables.find(FIXTURE_WEEK).orElseThrow().cells()).filteredOn(c -> c.day() == DayOfWeek.MONDAY
            && c.turn() == 0).extracting(Timetable.Cell::personId).containsExactly("anna", "nuria", "jordib");

        // The same directory again is up to date: no new change, the same version.
        ImportReport again = importer.importDirectory(dir, FIXTURE_WEEK, false, "test");
        assertThat(again.changedAnything()).as(String.join("\n", again.lines())).isFalse();
        assertThat(timetables.changes(FIXTURE_WEEK)).hasSize(2);
        assertThat(timetables.version(FIXTURE_WEEK)).contains(2);
    }

    @Test
    void importExportImportGivesTheSameData() throws IOException {
        Path sample = temp.resolve("sample");
        LegacySampleDirectory.write(sample, 40, 6, 7);
        assertThat(importer.importDirectory(sample, LegacySampleDirectory.CURRENT_WEEK, false, "test").errors())
            .isEmpty();
        LegacyData first = exporter.snapshot(LegacySampleDirectory.CURRENT_WEEK);

        Path exported = temp.resolve("exported");
        exporter.export(exported, LegacySampleDirectory.CURRENT_WEEK);
        emptyTeam();
        assertThat(count("busy_entry")).isZero();
        ImportReport second = importer.importDirectory(exported, LegacySampleDirectory.CURRENT_WEEK, false, "test");

        assertThat(second.errors()).isEmpty();
        assertThat(second.warnings()).isEmpty();
        LegacyData again = exporter.snapshot(LegacySampleDirectory.CURRENT_WEEK);
        assertThat(again.people()).containsExactlyInAnyOrderElementsOf(first.people());
        assertThat(again.settings()).isEqualTo(first.settings());
        assertThat(again.weeklyBusy()).containsExactlyInAnyOrderElementsOf(first.weeklyBusy());
        assertThat(again.oneShotBusy()).containsExactlyInAnyOrderElementsOf(first.oneShotBusy());
        assertThat(again.vacations()).containsExactlyInAnyOrderElementsOf(first.vacations());
        assertThat(again.longLeaves()).containsExactlyInAnyOrderElementsOf(first.longLeaves());
        assertThat(again.holidays()).isEqualTo(first.holidays());
        assertThat(again.noService()).isEqualTo(first.noService());
        assertThat(again.forcedTurns()).isEqualTo(first.forcedTurns());
        assertThat(again.timetables()).isEqualTo(first.timetables());
        assertThat(again.credits()).isEqualTo(first.credits());
        assertThat(first.weeklyBusy().size()).isGreaterThan(100);
        assertThat(first.timetables()).hasSize(6);
    }

    @Test
    void aDeactivatedPersonComesBackDeactivatedAfterExportAndImport() throws IOException {
        assertThat(importer.importDirectory(FIXTURE, FIXTURE_WEEK, false, "test").errors()).isEmpty();
        people.update(people.findById("pau").orElseThrow().withActive(false));
        Path exported = temp.resolve("exported");
        exporter.export(exported, FIXTURE_WEEK);
        assertThat(Files.readString(exported.resolve("persons.yaml"))).contains("inactive: [pau]");

        emptyTeam();
        ImportReport again = importer.importDirectory(exported, FIXTURE_WEEK, false, "test");

        assertThat(again.errors()).isEmpty();
        assertThat(people.findById("pau").orElseThrow().active()).isFalse();
        assertThat(people.findById("anna").orElseThrow().active()).isTrue();
        // and the same directory reactivates nobody on a second import, nor does one without the key
        assertThat(importer.importDirectory(exported, FIXTURE_WEEK, false, "test").changedAnything()).isFalse();
        assertThat(importer.importDirectory(FIXTURE, FIXTURE_WEEK, false, "test").errors()).isEmpty();
        assertThat(people.findById("pau").orElseThrow().active()).isFalse();
    }

    @Test
    void optionalOrPartVacationLinesStayOptionalBusyEntriesNotLeaves() throws IOException {
        assertThat(importer.importDirectory(FIXTURE, FIXTURE_WEEK, false, "test").errors()).isEmpty();

        // +anna dm and +carla (every day) are leaves; "nuria dv 0011" (no '+') is optional, for two turns
        assertThat(count("person_leave WHERE kind = 'VACATION'")).isEqualTo(6);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_leave WHERE person_id = 'nuria'").query(Integer.class).single())
            .isZero();
        String nuria = "busy_entry WHERE person_id = 'nuria' AND on_date = DATE '2026-04-03' AND turns = '0011'"
            + " AND required = FALSE AND reason = 'assumptes propis'";
        assertThat(count(nuria)).isEqualTo(1);

        Path exported = temp.resolve("exported");
        exporter.export(exported, FIXTURE_WEEK);
        emptyTeam();
        ImportReport again = importer.importDirectory(exported, FIXTURE_WEEK, false, "test");

        assertThat(again.errors()).isEmpty();
        assertThat(count(nuria)).isEqualTo(1);
        assertThat(count("person_leave WHERE kind = 'VACATION'")).isEqualTo(6);
        assertThat(importer.importDirectory(FIXTURE, FIXTURE_WEEK, false, "test").changedAnything()).isFalse();
    }

    @Test
    void anyErrorAbortsTheWholeImportAndNamesEveryProblem() throws IOException {
        Path dir = copyOfFixture();
        append(dir.resolve("indisponibilitats.conf"), "+anna dz 1000 # bad weekday\n");
        append(dir.resolve("oneshot.conf"), "pau 2026-02-30 0011 # no such day\n");
        Files.writeString(dir.resolve("holidays.conf"), "2026-12-08\tImmaculada\nnot-a-date\tOops\n");
        Map<String, Integer> before = tableCounts();

        ImportReport report = importer.importDirectory(dir, FIXTURE_WEEK, false, "test");

        assertThat(report.hasErrors()).isTrue();
        assertThat(report.applied()).isFalse();
        int weeklyLine = Files.readAllLines(dir.resolve("indisponibilitats.conf")).size();
        int oneShotLine = Files.readAllLines(dir.resolve("oneshot.conf")).size();
        assertThat(report.errors()).anyMatch(e -> e.startsWith("indisponibilitats.conf:" + weeklyLine + ": "))
            .anyMatch(e -> e.startsWith("oneshot.conf:" + oneShotLine + ": "))
            .anyMatch(e -> e.startsWith("holidays.conf:2: "));
        assertThat(report.lines()).last().asString().contains("nothing was changed");
        assertThat(tableCounts()).isEqualTo(before);
    }

    @Test
    void duplicateExtensionsAreErrorsWithTheirLine() throws IOException {
        Path dir = temp.resolve("dup");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("persons.yaml"), """
            names: {anna: Anna, pau: Pau}
            extensions:
              anna: '201'
              pau: '201'
            emails: {anna: not-an-email}
            """);

        ImportReport report = importer.importDirectory(dir, null, false, "test");

        assertThat(report.errors()).singleElement().asString()
            .matches("persons\\.yaml:[34]: extension 201 is used by both .*");
        assertThat(report.warnings()).contains("persons.yaml:5: warning: person anna: email 'not-an-email' does not "
            + "look like an email address; imported as it is");
        assertThat(people.findById("anna")).isEmpty();
    }

    @Test
    void deskZeroAndEmptyEmailsAreImported() throws IOException {
        Path dir = temp.resolve("desk0");
        write(dir.resolve("persons.yaml"), """
            names: {david: David, reservae: Reserva E, reservac: Reserva C, pau: Pau}
            emails:
              david: david@example.coop
              reservae: ''
              reservac: ''
              pau: pau.example.coop
            tables: {david: 0, reservae: -1, reservac: 2}
            """);

        ImportReport report = importer.importDirectory(dir, null, false, "test");

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).containsExactly("persons.yaml:6: warning: person pau: email 'pau.example.coop' "
            + "does not look like an email address; imported as it is");
        assertThat(people.findById("david").orElseThrow().desk()).isZero();
        assertThat(people.findById("reservae").orElseThrow().email()).isNull();
        assertThat(people.findById("reservac").orElseThrow().email()).isNull();
        assertThat(people.findById("pau").orElseThrow().email()).isEqualTo("pau.example.coop");
    }

    @Test
    void staleLinesAreSkippedWithWarningsAndCounted() throws IOException {
        Path dir = copyOfFixture();
        append(dir.resolve("indisponibilitats.conf"), "+ghost dl 1000 # left the cooperative years ago\n");
        int line = Files.readAllLines(dir.resolve("indisponibilitats.conf")).size();

        ImportReport report = importer.importDirectory(dir, FIXTURE_WEEK, false, "test");

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).contains(
            "indisponibilitats.conf:" + line + ": warning: ghost is not a person; entry skipped");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM busy_entry WHERE person_id = 'ghost'").query(Integer.class).single())
            .isZero();
        assertThat(report.lines()).last().asString().contains(report.warnings().size() + " warning(s) skipped");
    }

    @Test
    void aDryRunReportsButChangesNothing() {
        Map<String, Integer> before = tableCounts();

        ImportReport report = importer.importDirectory(FIXTURE, FIXTURE_WEEK, true, "test");

        assertThat(report.errors()).isEmpty();
        assertThat(report.changes().get("people").created()).isPositive();
        assertThat(report.applied()).isFalse();
        assertThat(tableCounts()).isEqualTo(before);
    }

    @Test
    void adminsComeFromTheAdminGroupAndExistingRolesAreKept() {
        jdbc.sql("INSERT INTO person (id, name, colour, role) VALUES ('carla', 'Carla', 'aabbcc', 'COORDINATOR')")
            .update();
        Path dir = temp.resolve("roles");
        write(dir.resolve("persons.yaml"), "names: {carla: Carla, anna: Anna}\ngroups: {admin: [anna], it: [carla]}\n");

        assertThat(importer.importDirectory(dir, null, false, "test").errors()).isEmpty();

        assertThat(people.findById("anna").orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(people.findById("carla").orElseThrow().role()).isEqualTo(Role.COORDINATOR);
        assertThat(people.findById("carla").orElseThrow().groups()).containsExactly("it");
    }

    /** A busy file saved with lone CRs (an old Mac editor) gives its entries, and its line numbers, like LF. */
    @Test
    void aBusyFileWithCarriageReturnsOnlyGivesItsEntriesAndLines() throws IOException {
        Path dir = temp.resolve("cr");
        write(dir.resolve("persons.yaml"), "names: {anna: Anna, pau: Pau}\r");
        write(dir.resolve("indisponibilitats.conf"),
            "# weekly\r+anna dl 1000 # nens\rghost dm 0011 # gone\rpau dx 0110 # curs\r");

        ImportReport report = importer.importDirectory(dir, null, false, "test");

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).containsExactly(
            "indisponibilitats.conf:3: warning: ghost is not a person; entry skipped");
        assertThat(jdbc.sql("SELECT person_id || ' ' || reason FROM busy_entry ORDER BY person_id")
            .query(String.class).list()).containsExactly("anna nens", "pau curs");

        write(dir.resolve("indisponibilitats.conf"), "+anna dl 1000 # nens\rpau dz 0110 # curs\r");
        assertThat(importer.importDirectory(dir, null, false, "test").errors()).containsExactly(
            "indisponibilitats.conf:2: unknown weekday 'dz' (expected dl, dm, dx, dj or dv)");
    }

    /** Texts longer than their columns are errors with file:line before anything is written, not a clash. */
    @Test
    void overLongTextsAreErrorsWithTheirLineAndNothingIsImported() throws IOException {
        Path dir = copyOfFixture();
        append(dir.resolve("indisponibilitats.conf"), "+anna dl 1000 # " + "r".repeat(501) + "\n");
        int busyLine = Files.readAllLines(dir.resolve("indisponibilitats.conf")).size();
        Files.writeString(dir.resolve("persons.yaml"), Files.readString(dir.resolve("persons.yaml"))
            .replace("  anna: AnnaP\n", "  anna: " + "e".repeat(101) + "\n"));
        int erpLine = Files.readAllLines(dir.resolve("persons.yaml")).indexOf("  anna: " + "e".repeat(101)) + 1;
        Map<String, Integer> before = tableCounts();

        ImportReport report = importer.importDirectory(dir, FIXTURE_WEEK, false, "test");

        assertThat(report.errors()).containsExactlyInAnyOrder(
            "persons.yaml:" + erpLine + ": person anna: the ERP user is longer than 100 characters",
            "indisponibilitats.conf:" + busyLine + ": the reason is longer than 500 characters");
        assertThat(report.applied()).isFalse();
        assertThat(tableCounts()).isEqualTo(before);
    }

    enum NotAFile { DIRECTORY, FIFO, LINK_TO_DEV_ZERO, DANGLING_LINK, LINK_LOOP }

    /** persons.yaml that cannot be read as a file fails the whole import, naming it; the other files change nothing. */
    @ParameterizedTest
    @EnumSource(NotAFile.class)
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a FIFO opened would block forever
    void aPersonsFileThatIsNotARegularFileFailsTheImport(NotAFile kind) throws Exception {
        Path dir = copyOfFixture();
        Path persons = dir.resolve("persons.yaml");
        Files.delete(persons);
        String expected = switch (kind) {
            case DIRECTORY -> {
                Files.createDirectory(persons);
                yield "(a directory)";
            }
            case FIFO -> {
                assumeTrue(mkfifo(persons), "mkfifo is available");
                yield "(a FIFO)";
            }
            case LINK_TO_DEV_ZERO -> {
                assumeTrue(Files.exists(Path.of("/dev/zero")));
                Files.createSymbolicLink(persons, Path.of("/dev/zero"));
                yield "(a symbolic link to /dev/zero, a character device)";
            }
            case DANGLING_LINK -> {
                Files.createSymbolicLink(persons, Path.of("persons-old.yaml"));
                yield "(a dangling symbolic link to persons-old.yaml)";
            }
            case LINK_LOOP -> {
                Files.createSymbolicLink(persons, Path.of("persons.yaml"));
                yield "(a symbolic link loop)";
            }
        };
        Map<String, Integer> before = tableCounts();

        ImportReport report = importer.importDirectory(dir, FIXTURE_WEEK, false, "test");

        assertThat(report.errors()).contains("persons.yaml: not a regular file " + expected);
        assertThat(report.applied()).isFalse();
        assertThat(report.lines()).last().asString().contains("nothing was changed");
        assertThat(tableCounts()).isEqualTo(before);
    }

    private Map<String, Integer> tableCounts() {
        return Stream.of("person", "person_group", "busy_entry", "person_leave", "holiday", "no_service_day",
                "forced_turn", "timetable", "timetable_cell", "timetable_log", "timetable_penalty",
                "timetable_overload", "turn_credit")
            .collect(java.util.stream.Collectors.toMap(t -> t, this::count));
    }

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    private Path copyOfFixture() throws IOException {
        Path dir = temp.resolve("copy");
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = dir.resolve(FIXTURE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return dir;
    }

    /** A FIFO made by the system's mkfifo; false when there is none. */
    static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        }
    }

    private static void append(Path file, String text) throws IOException {
        String content = Files.readString(file);
        Files.writeString(file, (content.endsWith("\n") || content.isEmpty() ? content : content + "\n") + text,
            StandardCharsets.UTF_8);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
