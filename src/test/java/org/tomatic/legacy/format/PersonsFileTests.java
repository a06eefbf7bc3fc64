package org.tomatic.legacy.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tomatic.legacy.format.LegacyTestFiles.errors;
import static org.tomatic.legacy.format.LegacyTestFiles.problems;
import static org.tomatic.legacy.format.LegacyTestFiles.readOne;
import static org.tomatic.legacy.format.LegacyTestFiles.write;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonsFileTests {

    @TempDir
    Path dir;

    @Test
    void readsEveryMapKeyedByPerson() {
        var result = readOne(dir, "persons.yaml", """
                names: {anna: Anna, jordib: Jordi B}
                extensions: {anna: 201, jordib: '214'}
                emails: {anna: anna@example.coop}
                erpusers: {anna: AnnaP}
                colors: {anna: fbe8bc, jordib: 123456}
                tables: {anna: 3, jordib: -1}
                groups: {admin: [anna], it: [pau, anna]}
                idealloads: {anna: 5, jordib: 2, pau: 0}
                """);

        LegacyTestFiles.assertNoProblems(result);
        assertThat(result.data().people()).containsExactly(
                new LegacyPerson("anna", "Anna", "201", "anna@example.coop", "AnnaP", "fbe8bc", 3,
                        List.of("admin", "it"), 5, null),
                new LegacyPerson("jordib", "Jordi B", "214", null, null, "123456", null, List.of(), 2, null),
                new LegacyPerson("pau", null, null, null, null, null, null, List.of("it"), 0, null));
        assertThat(result.data().filesRead()).containsExactly("persons.yaml");
    }

    @Test
    void deskZeroIsADeskAndEmptyEmailsAreNone() {
        var result = readOne(dir, "persons.yaml", """
                names: {david: David, reservae: Reserva E}
                emails:
                  david: david@example.coop
                  reservae: ''
                  reservac: ''
                tables: {david: 0, reservae: -1}
                """);

        LegacyTestFiles.assertNoProblems(result);
        assertThat(result.data().people()).extracting(LegacyPerson::id, LegacyPerson::email, LegacyPerson::desk)
                .containsExactly(tuple("david", "david@example.coop", 0),
                        tuple("reservac", null, null),
                        tuple("reservae", null, null));
    }

    @Test
    void tomaticsOwnInactiveKeySaysWhoIsDeactivated() {
        var result = readOne(dir, "persons.yaml", """
                names: {anna: Anna, pau: Pau}
                inactive:
                - pau
                - ghost
                """);

        assertThat(result.data().people()).extracting(LegacyPerson::id, LegacyPerson::active)
                .containsExactly(tuple("anna", true), tuple("pau", false));
        assertThat(problems(result)).containsExactly(
                "persons.yaml:4: warning: `inactive`: ghost is in no other map, not a person; ignored");
    }

    @Test
    void withoutTheInactiveKeyNothingIsSaidAboutBeingActive() {
        var result = readOne(dir, "persons.yaml", "names: {anna: Anna}\n");

        assertThat(result.data().people()).extracting(LegacyPerson::active).containsExactly((Boolean) null);
    }

    @Test
    void aPersonMentionedOnlyInOneMapExists() {
        var result = readOne(dir, "persons.yaml", "tables: {carla: -1}\nemails: {marc: marc@example.coop}\n");

        assertThat(result.data().people()).extracting(LegacyPerson::id).containsExactly("carla", "marc");
    }

    @Test
    void idealShiftsReplaceIdealLoads() {
        write(dir, "idealshifts.yaml", "anna: 3\nnuria: 1\n");

        var result = readOne(dir, "persons.yaml", "idealloads: {anna: 5, jordib: 2}\n");

        assertThat(result.data().people()).extracting(LegacyPerson::id, LegacyPerson::idealLoad)
                .containsExactly(tuple("anna", 3),
                        tuple("jordib", null),
                        tuple("nuria", 1));
        assertThat(problems(result)).containsExactly(
                "idealshifts.yaml:0: warning: replaces `idealloads` of persons.yaml");
    }

    @Test
    void maxPerDayComesFromConfigAndUnknownPeopleAreWarned() {
        write(dir, "config.yaml", "maximHoresDiaries:\n  anna: 1\n  ghost: 3\n");

        var result = readOne(dir, "persons.yaml", "names: {anna: Anna}\n");

        assertThat(result.data().people()).extracting(LegacyPerson::maxPerDay).containsExactly(1);
        assertThat(problems(result)).containsExactly(
                "config.yaml:3: warning: `maximHoresDiaries`: unknown person 'ghost', ignored");
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void reportsWrongShapesWithTheirLines() {
        var result = readOne(dir, "persons.yaml", """
                names: {anna: Anna}
                emails: {anna: anna@example.coop}
                extensions: [anna, 201]
                tables:
                  anna: first
                groups: {admin: anna}
                idealloads:
                  anna: 2.5
                  Jordi: 2
                colours: {anna: fbe8bc}
                """);

        assertThat(problems(result)).containsExactly(
                "persons.yaml:3: `extensions` must be a map of person -> text",
                "persons.yaml:5: `tables`: anna: 'first' is not a desk number (-1 = none)",
                "persons.yaml:6: `groups` must be a map of group -> list of persons",
                "persons.yaml:8: `idealloads`: anna: '2.5' is not a whole number >= 0",
                "persons.yaml:9: `idealloads`: bad person id 'Jordi'",
                "persons.yaml:10: warning: key `colours` is not used by Tomatic, ignored");
        // what was valid is still read
        assertThat(result.data().people()).extracting(LegacyPerson::email).containsExactly("anna@example.coop");
    }

    @Test
    void reportsYamlSyntaxErrorsAtTheirLine() {
        var result = readOne(dir, "persons.yaml", "names:\n  anna: Anna\n  pau: [Pau\nemails: {}\n");

        assertThat(errors(result)).singleElement().asString().startsWith("persons.yaml:4: YAML syntax error");
        assertThat(result.data().people()).isEmpty();
    }

    @Test
    void reportsDuplicateKeys() {
        var result = readOne(dir, "persons.yaml", "names:\n  anna: Anna\n  anna: Anna P\n");

        assertThat(errors(result)).containsExactly("persons.yaml:3: duplicate key 'anna'");
    }

    @Test
    void anAliasBombIsRefused() {
        var bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }

        var result = readOne(dir, "persons.yaml", bomb.toString());

        assertThat(result.hasErrors()).isTrue();
        assertThat(errors(result)).singleElement().asString().startsWith("persons.yaml:");
    }
}
