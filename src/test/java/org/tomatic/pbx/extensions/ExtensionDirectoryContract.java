package org.tomatic.pbx.extensions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tomatic.pbx.PbxProperties;
import org.tomatic.people.Person;
import org.tomatic.people.Role;
import org.tomatic.system.AuditLog;

/**
 * What every extension directory must do, run on MariaDB, PostgreSQL and in memory. The range is
 * 200–299; rows outside it are seeded behind Tomatic's back and must survive everything.
 */
abstract class ExtensionDirectoryContract {

    static final PbxProperties.Extensions SETTINGS = settings("200", "299");

    static PbxProperties.Extensions settings(String first, String last) {
        return new PbxProperties.Extensions(first, last, "", "phones", "transport-udp", "ulaw,alaw", "Europe/Madrid");
    }

    /** Tomatic's people and audit trail, one database for every test (emptied before each). */
    static final TomaticDatabase tomatic = new TomaticDatabase();
    ExtensionDirectory directory;
    ExtensionSync sync;

    /** The directory under test, empty, with {@link #SETTINGS}. */
    abstract ExtensionDirectory emptyDirectory();

    /** The same store seen with other settings. */
    abstract ExtensionDirectory directory(PbxProperties.Extensions settings);

    /** Writes an endpoint as the site would, without Tomatic's checks (any number). */
    abstract void seed(String number, String name, String email);

    /** How many of the endpoint's rows exist (3 = endpoint, auth and aor). */
    abstract int rowsOf(String number);

    abstract String passwordOf(String number);

    @BeforeEach
    void fresh() {
        tomatic.empty();
        directory = emptyDirectory();
        sync = new ExtensionSync(directory, tomatic.people, tomatic.audit);
    }

    @Test
    void addWritesTheEndpointAndReportsANewPasswordOnce() {
        ExtensionChange added = directory.put(new Extension("214", " Anna  Puig ", "anna@example.coop"));

        assertThat(added.kind()).isEqualTo(ExtensionChange.Kind.ADDED);
        assertThat(added.after()).isEqualTo(new Extension("214", "Anna Puig", "anna@example.coop"));
        assertThat(added.newPassword()).hasSizeGreaterThanOrEqualTo(16).isEqualTo(passwordOf("214"));
        assertThat(added.line()).contains("added", "214", "Anna Puig <anna@example.coop>")
            .doesNotContain(added.newPassword());
        assertThat(rowsOf("214")).isEqualTo(3);
        assertThat(directory.list()).containsExactly(new Extension("214", "Anna Puig", "anna@example.coop"));
    }

    @Test
    void updateKeepsThePasswordAndSaysWhatChanged() {
        String password = directory.put(new Extension("215", "Pau", null)).newPassword();

        ExtensionChange updated = directory.put(new Extension("215", "Pau Vila", "pau@example.coop"));
        ExtensionChange again = directory.put(new Extension("215", "Pau Vila", "pau@example.coop"));

        assertThat(updated.kind()).isEqualTo(ExtensionChange.Kind.UPDATED);
        assertThat(updated.differences()).containsExactly("name: Pau -> Pau Vila", "email: none -> pau@example.coop");
        assertThat(updated.newPassword()).isNull();
        assertThat(passwordOf("215")).isEqualTo(password);
        assertThat(again.kind()).isEqualTo(ExtensionChange.Kind.UNCHANGED);
        assertThat(directory.list()).containsExactly(new Extension("215", "Pau Vila", "pau@example.coop"));

        directory.put(new Extension("215", "Pau Vila", null));
        assertThat(directory.list()).containsExactly(new Extension("215", "Pau Vila", null));
    }

    @Test
    void removeDeletesTheThreeRows() {
        directory.put(new Extension("216", "Núria Serra", "nuria@example.coop"));
        directory.put(new Extension("217", "Carla Soler", null));

        ExtensionChange removed = directory.remove("216");

        assertThat(removed.kind()).isEqualTo(ExtensionChange.Kind.REMOVED);
        assertThat(removed.before()).isEqualTo(new Extension("216", "Núria Serra", "nuria@example.coop"));
        assertThat(rowsOf("216")).isZero();
        assertThat(rowsOf("217")).isEqualTo(3);
        assertThatThrownBy(() -> directory.remove("216")).isInstanceOf(ExtensionException.class)
            .hasMessageContaining("no extension 216");
    }

    @Test
    void nothingOutsideTheRangeIsReadOrWritten() {
        seed("199", "Reception", null);
        seed("300", "Fax", null);
        seed("0214", "Leading zero", null);
        directory.put(new Extension("200", "First", null));
        directory.put(new Extension("299", "Last", null));

        assertThat(directory.list()).extracting(Extension::number).containsExactly("200", "299");
        assertThatThrownBy(() -> directory.put(new Extension("300", "Fax", null)))
            .isInstanceOf(ExtensionException.class).hasMessageContaining("extension 300 is outside")
            .hasMessageContaining("200-299");
        assertThatThrownBy(() -> directory.remove("199")).isInstanceOf(ExtensionException.class)
            .hasMessageContaining("outside");
        assertThatThrownBy(() -> directory.put(new Extension("21a", "X", null))).isInstanceOf(ExtensionException.class)
            .hasMessageContaining("'21a' is not an extension: digits only");
        assertThatThrownBy(() -> directory.put(new Extension("0214", "X", null))).isInstanceOf(ExtensionException.class)
            .hasMessageContaining("outside");

        assertThat(directory.clear()).extracting(ExtensionChange::number).containsExactly("200", "299");
        assertThat(rowsOf("199")).isEqualTo(3);
        assertThat(rowsOf("300")).isEqualTo(3);
        assertThat(rowsOf("0214")).isEqualTo(3);
        assertThat(rowsOf("200")).isZero();
    }

    @Test
    void aBatchWithOneBadExtensionWritesNothing() {
        directory.put(new Extension("220", "Kept", null));

        assertThatThrownBy(() -> directory.apply(List.of(new Extension("221", "New", null)), List.of("220", "222")))
            .isInstanceOf(ExtensionException.class).hasMessageContaining("no extension 222");

        assertThat(directory.list()).extracting(Extension::number).containsExactly("220");
        assertThat(rowsOf("221")).isZero();
    }

    @Test
    void clearRemovesEveryExtensionInTheRange() {
        directory.put(new Extension("201", "Anna", null));
        directory.put(new Extension("202", "Pau", null));

        ExtensionReport report = sync.clear("test");

        assertThat(report.changes()).extracting(ExtensionChange::line)
            .containsExactly("removed   201     Anna", "removed   202     Pau");
        assertThat(directory.list()).isEmpty();
        assertThat(sync.clear("test").changes()).isEmpty();
    }

    @Test
    void withoutARangeNothingIsWritten() {
        ExtensionDirectory unbounded = directory(settings("", ""));

        assertThatThrownBy(() -> unbounded.put(new Extension("214", "Anna", null)))
            .isInstanceOf(ExtensionException.class)
            .hasMessageContaining("set tomatic.pbx.extensions.first and tomatic.pbx.extensions.last");
        assertThatThrownBy(unbounded::clear).isInstanceOf(ExtensionException.class);
        assertThatThrownBy(() -> directory(settings("300", "200")).list()).isInstanceOf(ExtensionException.class)
            .hasMessageContaining("comes after");
        assertThat(rowsOf("214")).isZero();
    }

    @Test
    void namesAndEmailsAreCheckedAndLongNamesCutToTheCallerId() {
        assertThatThrownBy(() -> directory.put(new Extension("230", "  ", null)))
            .isInstanceOf(ExtensionException.class).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> directory.put(new Extension("230", "Anna", "anna;x@example.coop")))
            .isInstanceOf(ExtensionException.class).hasMessageContaining("not an email address");

        String longName = "Maria Antònia de les Roques i Vilafranca del Penedès";
        ExtensionChange added = directory.put(new Extension("230", longName, null));

        assertThat(added.after().name()).isEqualTo("Maria Antònia de les Roques i Vi");
        assertThat(("\"" + added.after().name() + "\" <230>")).hasSize(CallerId.MAX_LENGTH);
        assertThat(directory.put(new Extension("230", longName, null)).kind())
            .isEqualTo(ExtensionChange.Kind.UNCHANGED);
        assertThat(directory.put(new Extension("230", "Say \"hi\" <3", null)).after().name()).isEqualTo("Say hi 3");
    }

    @Test
    void loadMatchesTheActivePeopleReportsExactlyWhatChangedAndIsIdempotent() {
        person("anna", "Anna Puig", "anna@example.coop", "214", true);
        person("pau", "Pau Vila", "pau@example.coop", "215", true);
        person("nuria", "Núria Serra", "nuria@example.coop", "216", true);
        person("marta", "Marta Roig", null, "217", false);
        person("joan", "Joan Mas", null, "100", true);
        person("nobody", "No Phone", null, null, true);
        directory.put(new Extension("215", "Pau", null));
        directory.put(new Extension("216", "Núria Serra", "nuria@example.coop"));
        directory.put(new Extension("217", "Marta Roig", null));
        directory.put(new Extension("218", "Walk-in desk", null));
        seed("100", "Switchboard", null);
        String pauPassword = passwordOf("215");

        ExtensionReport first = sync.load("test");

        assertThat(first.changes()).extracting(ExtensionChange::line).containsExactly(
            "added     214     Anna Puig <anna@example.coop>",
            "updated   215     name: Pau -> Pau Vila; email: none -> pau@example.coop",
            "unchanged 216     Núria Serra <nuria@example.coop>",
            "removed   217     Marta Roig",
            "removed   218     Walk-in desk");
        assertThat(first.notes()).containsExactly("joan's extension 100 is outside 200-299: left alone");
        assertThat(first.lines()).last().isEqualTo("1 added, 1 updated, 2 removed, 1 unchanged");
        assertThat(first.changes().get(0).newPassword()).isEqualTo(passwordOf("214"));
        assertThat(passwordOf("215")).isEqualTo(pauPassword);
        assertThat(directory.list()).containsExactly(new Extension("214", "Anna Puig", "anna@example.coop"),
            new Extension("215", "Pau Vila", "pau@example.coop"),
            new Extension("216", "Núria Serra", "nuria@example.coop"));
        assertThat(rowsOf("100")).isEqualTo(3);
        assertThat(rowsOf("217")).isZero();
        assertThat(tomatic.audit.recent(10)).extracting(AuditLog.Event::actor).containsOnly("test").hasSize(4);
        assertThat(tomatic.audit.forEntity("extension", "214", 1)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("added");
            assertThat(e.detail()).contains("Anna Puig").doesNotContain(passwordOf("214"));
        });

        ExtensionReport second = sync.load("test");

        assertThat(second.changedAnything()).isFalse();
        assertThat(second.count(ExtensionChange.Kind.UNCHANGED)).isEqualTo(3);
        assertThat(tomatic.audit.recent(10)).hasSize(4);
    }

    @Test
    void loadWithNobodyInRangeEmptiesTheRangeOnly() {
        directory.put(new Extension("250", "Left", null));
        seed("300", "Fax", null);

        ExtensionReport report = sync.load("scheduler");

        assertThat(report.changes()).extracting(ExtensionChange::line).containsExactly("removed   250     Left");
        assertThat(rowsOf("300")).isEqualTo(3);
        assertThat(tomatic.audit.forEntity("extension", "250", 1)).extracting(AuditLog.Event::actor)
            .containsExactly("scheduler");
    }

    private void person(String id, String name, String email, String extension, boolean active) {
        tomatic.people.insert(new Person(id, name, email, extension, null, "aabbcc", null, List.of(), 5, null, active,
            Role.AGENT, 0));
    }
}
