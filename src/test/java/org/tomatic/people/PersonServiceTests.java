package org.tomatic.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tomatic.TestPeople.person;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.system.AuditLog;
import org.tomatic.system.ConflictException;
import org.tomatic.system.ValidationException;

class PersonServiceTests extends IntegrationTest {

    @Autowired
    PersonService service;

    @Autowired
    AuditLog audit;

    @Test
    void createsAPersonAndAuditsIt() {
        service.create(person("anna", Role.AGENT), "admin");

        Person anna = service.get("anna");
        assertThat(anna.email()).isEqualTo("anna@example.coop");
        assertThat(anna.groups()).containsExactly("it");
        assertThat(audit.forEntity("person", "anna", 5)).extracting(AuditLog.Event::action).containsExactly("create");
    }

    @Test
    void rejectsBadFieldsNamingEachOne() {
        Person bad = new Person("A1", "", "not-an-email", "12a", null, "zzz", -2, List.of("Bad Group!"), 41, 0, true,
            Role.AGENT, 0);

        assertThatThrownBy(() -> service.create(bad, "admin"))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(
                "id", "name", "email", "extension", "colour", "desk", "idealLoad", "maxPerDay", "groups"));
        assertThat(service.all()).extracting(Person::id).containsExactly("admin");
    }

    @Test
    void importedValuesTheEditorWouldNotTypeCanBeSavedUnchanged() {
        // as the legacy import stores them: desk 0, no email, or an email the old tool never checked
        jdbc.sql("""
            INSERT INTO person (id, name, colour, desk, email) VALUES
              ('david', 'David', 'aabbcc', 0, NULL), ('reserva', 'Reserva', 'aabbcc', NULL, 'reserva-at-example')""")
            .update();
        Person david = service.get("david");
        Person reserva = service.get("reserva");

        service.update(new Person("david", "David R", "", null, null, "aabbcc", 0, List.of(), null, null, true,
            Role.AGENT, david.version()), "admin");
        service.update(new Person("reserva", "Reserva C", "reserva-at-example", null, null, "aabbcc", null, List.of(),
            null, null, true, Role.AGENT, reserva.version()), "admin");

        assertThat(service.get("david")).extracting(Person::name, Person::email, Person::desk)
            .containsExactly("David R", null, 0);
        assertThat(service.get("reserva")).extracting(Person::name, Person::email)
            .containsExactly("Reserva C", "reserva-at-example");
        Person typedAnew = new Person("david", "David R", "david-at-example", null, null, "aabbcc", 0, List.of(), null,
            null, true, Role.AGENT, service.get("david").version());
        assertThatThrownBy(() -> service.update(typedAnew, "admin")).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("email"));
    }

    @Test
    void idEmailAndExtensionAreUnique() {
        service.create(person("anna", Role.AGENT), "admin");
        Person sameId = person("anna", Role.AGENT);
        Person sameEmail = new Person("jordi", "Jordi", "ANNA@example.coop", "3999", null, "aabbcc", null, List.of(),
            null, null, true, Role.AGENT, 0);
        Person sameExtension = new Person("pau", "Pau", "pau@example.coop", service.get("anna").extension(), null,
            "aabbcc", null, List.of(), null, null, true, Role.AGENT, 0);

        assertThatThrownBy(() -> service.create(sameId, "admin")).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.fieldErrors()).containsEntry("id", "person.error.idTaken"));
        assertThatThrownBy(() -> service.create(sameEmail, "admin")).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.fieldErrors()).containsEntry("email", "person.error.emailTaken"));
        assertThatThrownBy(() -> service.create(sameExtension, "admin")).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.fieldErrors()).containsEntry("extension", "person.error.extensionTaken"));
    }

    @Test
    void aStaleEditIsRejectedAndChangesNothing() {
        Person anna = service.create(person("anna", Role.AGENT), "admin");
        Person first = new Person(anna.id(), "Anna First", anna.email(), anna.extension(), null, anna.colour(), null,
            anna.groups(), 4, null, true, Role.AGENT, anna.version());
        Person second = new Person(anna.id(), "Anna Second", anna.email(), anna.extension(), null, anna.colour(), null,
            anna.groups(), 6, null, true, Role.AGENT, anna.version());
        service.update(first, "carla");

        assertThatThrownBy(() -> service.update(second, "pau")).isInstanceOf(ConflictException.class);
        assertThat(service.get("anna").name()).isEqualTo("Anna First");
        assertThat(service.get("anna").idealLoad()).isEqualTo(4);
    }

    @Test
    void agentsCannotChangeTheirLoadRoleOrGroupsThroughTheirProfile() {
        Person pau = service.create(person("pau", Role.AGENT), "admin");
        Person attempt = new Person("pau", "Pau Nou", "other@example.coop", "4321", "x", "112233", 2, List.of("admin"),
            40, 4, true, Role.ADMIN, pau.version());

        service.updateOwnProfile(attempt, "pau");

        Person after = service.get("pau");
        assertThat(after.name()).isEqualTo("Pau Nou");
        assertThat(after.extension()).isEqualTo("4321");
        assertThat(after.role()).isEqualTo(Role.AGENT);
        assertThat(after.idealLoad()).isEqualTo(3);
        assertThat(after.groups()).containsExactly("it");
        assertThat(after.email()).isEqualTo("pau@example.coop");
    }

    @Test
    void peopleWithHistoryAreDeactivatedNotDeleted() {
        service.create(person("anna", Role.AGENT), "admin");
        service.create(person("pau", Role.AGENT), "admin");
        jdbc.sql("INSERT INTO turn_credit (week, person_id, credit) VALUES (:w, 'anna', 1.5)")
            .param("w", LocalDate.of(2026, 3, 9)).update();

        assertThat(service.remove("anna", "admin")).isFalse();
        assertThat(service.remove("pau", "admin")).isTrue();

        assertThat(service.get("anna").active()).isFalse();
        assertThat(service.all()).extracting(Person::id).doesNotContain("pau");
    }

    /** The editor's limits (tomatic.people.*: ideal load 0–10 by default); a value imported outside them stays. */
    @Test
    void typedValuesKeepToTheEditorsLimitsButImportedOnesStay() {
        Person anna = person("anna", Role.AGENT);
        Person eleven = new Person(anna.id(), anna.name(), anna.email(), anna.extension(), null, anna.colour(), null,
            anna.groups(), 11, null, true, Role.AGENT, 0);
        assertThatThrownBy(() -> service.create(eleven, "admin"))
            .isInstanceOf(org.tomatic.system.ValidationException.class)
            .extracting(e -> ((org.tomatic.system.ValidationException) e).fieldErrors())
            .isEqualTo(java.util.Map.of("idealLoad", "person.error.idealLoad"));

        service.create(anna, "admin");
        jdbc.sql("UPDATE person SET ideal_load = 15 WHERE id = 'anna'").update();
        Person imported = service.get("anna");
        Person renamed = new Person(imported.id(), "Anna Vives", imported.email(), imported.extension(), null,
            imported.colour(), null, imported.groups(), 15, null, true, Role.AGENT, imported.version());
        assertThat(service.update(renamed, "admin").idealLoad()).isEqualTo(15);
    }
}
