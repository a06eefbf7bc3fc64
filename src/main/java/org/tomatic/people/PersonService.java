package org.tomatic.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tomatic.system.AuditLog;
import org.tomatic.system.NotFoundException;
import org.tomatic.system.ValidationException;

/** People: validation, the rules of who may change what, and the audit trail. */
@Service
public class PersonService {

    private final PersonRepository people;
    private final AuditLog audit;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final PeopleProperties limits;

    public PersonService(PersonRepository people, AuditLog audit, PasswordEncoder passwordEncoder,
                         ApplicationEventPublisher events, PeopleProperties limits) {
        this.people = people;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.limits = limits;
    }


    public List<Person> all() {
        return people.findAll();
    }

    public Person get(String id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException("No person with id " + id));
    }

    public java.util.List<AuditLog.Event> history(String id) {
        return audit.aboutPerson(id, 30);
    }

    @Transactional
    public Person create(Person person, String actor) {
        Person p = normalise(person);
        Map<String, String> errors = validate(p, null);
        if (!PersonRules.NEW_ID.matcher(p.id()).matches()) {
            errors.putIfAbsent("id", "person.error.id");
        } else if (people.exists(p.id())) {
            errors.putIfAbsent("id", "person.error.idTaken");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        people.insert(p);
        audit.record(actor, "person", p.id(), "create", describe(p));
        return get(p.id());
    }

    /** Full update by an admin. */
    @Transactional
    public Person update(Person changed, String actor) {
        Person before = get(changed.id());
        Person p = normalise(changed);
        Map<String, String> errors = validate(p, before);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (p.role() != Role.ADMIN || !p.active()) {
            keepAnAdministrator(before);
        }
        people.update(p);
        audit.record(actor, "person", p.id(), "update", diff(before, p));
        if (p.role() != before.role() || p.active() != before.active()) {
            events.publishEvent(new PersonRightsChanged(p.id()));
        }
        return get(p.id());
    }

    /** An agent's own profile: everything but the fields that only admins set. */
    @Transactional
    public Person updateOwnProfile(Person changed, String actor) {
        Person before = get(changed.id());
        Person allowed = new Person(before.id(), changed.name(), before.email(), changed.extension(),
            before.erpUser(), changed.colour(), changed.desk(), before.groups(), before.idealLoad(),
            before.maxPerDay(), before.active(), before.role(), changed.version());
        return update(allowed, actor);
    }

    /** Deletes a person without history; deactivates one with history. Returns true if deleted. */
    @Transactional
    public boolean remove(String id, String actor) {
        Person p = get(id);
        keepAnAdministrator(p);
        events.publishEvent(new PersonRightsChanged(id));
        if (people.hasHistory(id)) {
            if (p.active()) {
                people.update(p.withActive(false));
                audit.record(actor, "person", id, "deactivate", "has timetable history");
            }
            return false;
        }
        people.delete(id);
        audit.record(actor, "person", id, "delete", describe(p));
        return true;
    }

    /**
     * Deactivates several people at once (all or none): each keeps their history and can be reactivated; the
     * last active administrator stays.
     */
    @Transactional
    public int deactivate(List<String> ids, String actor) {
        int done = 0;
        for (String id : new java.util.LinkedHashSet<>(ids)) {
            Person p = get(id);
            if (p.active()) {
                keepAnAdministrator(p);
                people.update(p.withActive(false));
                audit.record(actor, "person", id, "deactivate", "with others, from the people table");
                events.publishEvent(new PersonRightsChanged(id));
                done++;
            }
        }
        return done;
    }

    @Transactional
    public void reactivate(String id, String actor) {
        Person p = get(id);
        if (!p.active()) {
            people.update(p.withActive(true));
            audit.record(actor, "person", id, "reactivate", null);
        }
    }

    @Transactional
    public void setPassword(String id, String rawPassword, String actor) {
        if (rawPassword == null || rawPassword.length() < 8) {
            throw ValidationException.of("password", "person.error.password");
        }
        if (rawPassword.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PersonRules.MAX_PASSWORD_BYTES) {
            throw ValidationException.of("password", "person.error.passwordLong");
        }
        get(id);
        people.setPasswordHash(id, passwordEncoder.encode(rawPassword));
        audit.record(actor, "person", id, "set-password", null);
        events.publishEvent(new PersonRightsChanged(id));
    }

    /** Refuses to demote, deactivate or delete the last active administrator: nobody could manage the team. */
    private void keepAnAdministrator(Person before) {
        if (before.role() == Role.ADMIN && before.active() && people.otherActiveAdmins(before.id()) == 0) {
            throw ValidationException.of("role", "person.error.lastAdmin");
        }
    }

    /**
     * @param before the person as stored, null when creating: an email, extension, desk or ideal load imported
     *     from the old tool (which never checked them) may be kept as it is, but not typed anew
     */
    Map<String, String> validate(Person p, Person before) {
        Map<String, String> errors = PersonRules.formatErrors(p);
        if (!errors.containsKey("idealLoad") && p.idealLoad() != null && p.idealLoad() > limits.maxIdealLoad()) {
            errors.put("idealLoad", "person.error.idealLoad");
        }
        if (!errors.containsKey("extension") && p.extension() != null
            && (p.extension().length() < limits.extensionMinDigits()
                || p.extension().length() > limits.extensionMaxDigits())) {
            errors.put("extension", "person.error.extensionDigits");
        }
        if (errors.containsKey("email") && before != null && before.email() != null
            && before.email().equalsIgnoreCase(p.email()) && p.email().length() <= PersonRules.MAX_EMAIL) {
            errors.remove("email");
        }
        if (before != null) {
            keptAsImported(errors, "extension", p.extension(), before.extension());
            keptAsImported(errors, "desk", p.desk(), before.desk());
            keptAsImported(errors, "idealLoad", p.idealLoad(), before.idealLoad());
        }
        if (!errors.containsKey("email") && p.email() != null && people.emailTakenByOther(p.email(), p.id())) {
            errors.put("email", "person.error.emailTaken");
        }
        if (!errors.containsKey("extension") && p.extension() != null
            && people.extensionTakenByOther(p.extension(), p.id())) {
            errors.put("extension", "person.error.extensionTaken");
        }
        return errors;
    }

    private static void keptAsImported(Map<String, String> errors, String field, Object now, Object stored) {
        if (errors.containsKey(field) && now != null && now.equals(stored)) {
            errors.remove(field);
        }
    }

    private static Person normalise(Person p) {
        List<String> groups = new ArrayList<>(p.groups().stream().map(String::trim)
            .filter(g -> !g.isEmpty()).distinct().sorted().toList());
        return new Person(trim(p.id()) == null ? "" : trim(p.id()), trim(p.name()), lower(trim(p.email())),
            trim(p.extension()), trim(p.erpUser()), lower(stripHash(trim(p.colour()))), p.desk(), groups,
            p.idealLoad(), p.maxPerDay(), p.active(), p.role(), p.version());
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase();
    }

    private static String stripHash(String s) {
        return s != null && s.startsWith("#") ? s.substring(1) : s;
    }

    static String describe(Person p) {
        return "name=" + p.name() + ", email=" + p.email() + ", extension=" + p.extension() + ", role=" + p.role()
            + ", idealLoad=" + p.idealLoad() + ", groups=" + p.groups();
    }

    static String diff(Person a, Person b) {
        List<String> changes = new ArrayList<>();
        compare(changes, "name", a.name(), b.name());
        compare(changes, "email", a.email(), b.email());
        compare(changes, "extension", a.extension(), b.extension());
        compare(changes, "erpUser", a.erpUser(), b.erpUser());
        compare(changes, "colour", a.colour(), b.colour());
        compare(changes, "desk", a.desk(), b.desk());
        compare(changes, "groups", a.groups(), b.groups());
        compare(changes, "idealLoad", a.idealLoad(), b.idealLoad());
        compare(changes, "maxPerDay", a.maxPerDay(), b.maxPerDay());
        compare(changes, "active", a.active(), b.active());
        compare(changes, "role", a.role(), b.role());
        return changes.isEmpty() ? "no change" : String.join(", ", changes);
    }

    private static void compare(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + before + " → " + after);
        }
    }
}
