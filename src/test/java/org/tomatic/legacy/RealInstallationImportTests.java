package org.tomatic.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.BusyEntry;
import org.tomatic.legacy.format.LegacyData;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.timetable.ForcedTurn;
import org.tomatic.timetable.ForcedTurnRepository;

/**
 * Installations of the old tool as they are found, not as its documentation describes them: desks from 0, shared
 * accounts with an empty email, fixed turns in an older layout at the root. The importer refuses only what the old
 * tool refused; what is merely dubious is a warning; nothing is dropped silently.
 */
class RealInstallationImportTests extends IntegrationTest {

    static final Path REAL_SHAPED = Path.of("src/test/resources/legacy/real-shaped");
    static final Path OLDER_LAYOUT = Path.of("src/test/resources/legacy/older-layout");
    static final LocalDate WEEK = LocalDate.of(2026, 11, 30);

    @Autowired
    LegacyImporter importer;

    @Autowired
    LegacyExporter exporter;

    @Autowired
    PersonRepository people;

    @Autowired
    AvailabilityRepository availability;

    @Autowired
    ForcedTurnRepository forcedTurns;

    @TempDir
    Path temp;

    @Test
    void aRealShapedInstallationImports() {
        ImportReport report = importer.importDirectory(REAL_SHAPED, WEEK, false, "test");

        assertThat(report.errors()).isEmpty();
        assertThat(report.applied()).isTrue();
        assertThat(report.warnings()).containsExactly(
            "config.yaml:16: warning: setting busyFiles is not used by Tomatic, ignored",
            "config.yaml:20: warning: setting computeShifts is not used by Tomatic, ignored",
            "graelles/overload-2026-11-23.yaml:0: warning: not imported: Tomatic does not read this file");
        // desk 0 is a desk; '' is no email, shared by three reserve accounts
        assertThat(person("david").desk()).isZero();
        assertThat(person("anna").desk()).isZero();
        assertThat(person("reservae").desk()).isNull();
        assertThat(java.util.List.of(person("reservae"), person("reservac"), person("reservaf")))
            .extracting(Person::email).containsOnlyNulls();
        // the fixed turns come from the root file config.yaml names, in the layout that holds only `timetable`
        assertThat(forcedTurns.all()).containsExactlyInAnyOrder(
            new ForcedTurn(DayOfWeek.MONDAY, 0, 0, "david"), new ForcedTurn(DayOfWeek.MONDAY, 3, 2, null),
            new ForcedTurn(DayOfWeek.TUESDAY, 1, 1, "jordib"), new ForcedTurn(DayOfWeek.THURSDAY, 2, 0, "nuria"),
            new ForcedTurn(DayOfWeek.FRIDAY, 3, 0, "anna"), new ForcedTurn(DayOfWeek.FRIDAY, 3, 2, null));
        // vacations: '+' whole days are leaves; the rest keep their turns and stay optional when they were
        assertThat(count("person_leave WHERE kind = 'VACATION'")).isEqualTo(1 + 5);
        assertThat(availability.allBusy()).filteredOn(BusyEntry::oneOff)
            .extracting(b -> b.personId() + " " + b.date() + " " + b.turns() + " " + (b.required() ? "required" : "optional"))
            .containsExactlyInAnyOrder("jordib 2026-12-02 0011 required", "david 2026-12-03 1000 optional",
                "david 2026-12-04 1111 optional", "jordib 2026-12-02 0011 optional", "david 2026-12-03 1100 required");
    }

    @Test
    void aRealShapedInstallationRoundTripsLosslessly() throws IOException {
        assertThat(importer.importDirectory(REAL_SHAPED, WEEK, false, "test").errors()).isEmpty();
        assertRoundTrip();
    }

    @Test
    void reimportingARealShapedInstallationChangesNothing() {
        importer.importDirectory(REAL_SHAPED, WEEK, false, "test");

        ImportReport again = importer.importDirectory(REAL_SHAPED, WEEK, false, "test");

        assertThat(again.errors()).isEmpty();
        assertThat(again.changedAnything()).as(String.join("\n", again.lines())).isFalse();
    }

    @Test
    void deactivatedPeopleStayDeactivatedThroughExportAndImport() throws IOException {
        assertThat(importer.importDirectory(REAL_SHAPED, WEEK, false, "test").errors()).isEmpty();
        people.update(person("reservac").withActive(false));
        people.update(person("jordib").withActive(false));

        Path exported = assertRoundTrip();

        assertThat(Files.readString(exported.resolve("persons.yaml"))).contains("inactive: [jordib, reservac]");
        assertThat(person("reservac").active()).isFalse();
        assertThat(person("jordib").active()).isFalse();
        assertThat(person("david").active()).isTrue();
    }

    @Test
    void anOlderLayoutImportsWithWarningsForWhatIsDubiousOrNotImported() {
        ImportReport report = importer.importDirectory(OLDER_LAYOUT, WEEK, false, "test");

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).containsExactlyInAnyOrder(
            "data/forced-turns.yaml:0: warning: not imported: the fixed turns are read from the file config.yaml's "
                + "`forcedTimeTable` names (forced-turns.yaml)",
            "persons.yaml:12: warning: person marta: email 'marta(at)example.coop' does not look like an email "
                + "address; imported as it is");
        assertThat(person("marta").email()).isEqualTo("marta(at)example.coop");
        assertThat(person("marta").desk()).isZero();
        assertThat(person("marta").idealLoad()).isEqualTo(3);
        assertThat(person("xavier").active()).isFalse();
        assertThat(person("oriol").active()).isTrue();
        assertThat(forcedTurns.all()).containsExactlyInAnyOrder(
            new ForcedTurn(DayOfWeek.MONDAY, 0, 0, "marta"), new ForcedTurn(DayOfWeek.MONDAY, 2, 1, "oriol"),
            new ForcedTurn(DayOfWeek.WEDNESDAY, 0, 0, "oriol"), new ForcedTurn(DayOfWeek.WEDNESDAY, 0, 1, null),
            new ForcedTurn(DayOfWeek.THURSDAY, 1, 0, "marta"));
        assertThat(availability.allBusy()).filteredOn(BusyEntry::oneOff)
            .extracting(b -> b.personId() + " " + b.date() + " " + b.turns() + " " + b.required())
            .containsExactlyInAnyOrder("marta 2026-12-02 111 false", "marta 2026-12-03 011 true");
    }

    @Test
    void anOlderLayoutRoundTripsLosslessly() throws IOException {
        assertThat(importer.importDirectory(OLDER_LAYOUT, WEEK, false, "test").errors()).isEmpty();
        assertRoundTrip();
        assertThat(person("xavier").active()).isFalse();
    }

    /** Exports, empties the team, imports the export: the data is the same. Returns the exported directory. */
    private Path assertRoundTrip() throws IOException {
        LegacyData first = exporter.snapshot(WEEK);
        Path exported = temp.resolve("exported");
        exporter.export(exported, WEEK);
        emptyTeam();
        ImportReport second = importer.importDirectory(exported, WEEK, false, "test");

        assertThat(second.errors()).isEmpty();
        assertThat(second.warnings()).filteredOn(w -> !w.contains("does not look like an email")).isEmpty();
        LegacyData again = exporter.snapshot(WEEK);
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
        assertThat(importer.importDirectory(exported, WEEK, false, "test").changedAnything()).isFalse();
        return exported;
    }

    @Test
    void oddValuesTheOldToolNeverCheckedAreImportedWithAWarning() throws Exception {
        Path dir = temp.resolve("odd");
        org.springframework.util.FileSystemUtils.copyRecursively(REAL_SHAPED, dir);
        Path persons = dir.resolve("persons.yaml");
        java.nio.file.Files.writeString(persons, java.nio.file.Files.readString(persons)
            .replace("  nuria: '3184'", "  nuria: '31a4'")
            .replace("  nuria: 2\n", "  nuria: -3\n")
            .replace("  jordib: 4\n", "  jordib: 45\n")
            .replace("  david: aaffaa", "  david: green")
            .replace("  anna: fbe8bc", "  anna: fa0"));

        ImportReport report = importer.importDirectory(dir, WEEK, false, "test");

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).anyMatch(w -> w.matches("persons\\.yaml:\\d+: warning: person nuria: extension '31a4' .*"))
            .anyMatch(w -> w.matches("persons\\.yaml:\\d+: warning: person nuria: desk -3 .*"))
            .anyMatch(w -> w.matches("persons\\.yaml:\\d+: warning: person jordib: ideal load 45 .*"))
            .anyMatch(w -> w.matches("persons\\.yaml:\\d+: warning: person david: colour 'green' .*"));
        assertThat(person("nuria").extension()).isEqualTo("31a4");
        assertThat(person("nuria").desk()).isEqualTo(-3);
        assertThat(person("jordib").idealLoad()).isEqualTo(45);
        assertThat(person("david").colour()).matches("[0-9a-f]{6}");
        assertThat(person("anna").colour()).isEqualTo("ffaa00");
    }

    private Person person(String id) {
        return people.findById(id).orElseThrow();
    }

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }
}
