package org.tomatic.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.PersonService;
import org.tomatic.people.Role;

/** On the server's first start with no administrator, creates {@code admin} with a random password. */
@Component
class FirstStart {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final PersonRepository people;
    private final PersonService personService;
    private final Path dataDir;

    FirstStart(PersonRepository people, PersonService personService, @Value("${tomatic.data-dir}") Path dataDir) {
        this.people = people;
        this.personService = personService;
        this.dataDir = dataDir;
    }

    @EventListener
    @Order(100)
    void onReady(ApplicationReadyEvent event) throws IOException {
        if (event.getApplicationContext() instanceof WebServerApplicationContext && !people.anyActiveAdmin()) {
            createInitialAdmin();
        }
    }

    void createInitialAdmin() throws IOException {
        String password = Passwords.random();
        if (people.findById("admin").isEmpty()) {
            people.insert(new Person("admin", "Administrator", null, null, null, "888888", null, List.of(), null, null,
                true, Role.ADMIN, 0));
        } else {
            Person existing = people.findById("admin").orElseThrow();
            people.update(new Person(existing.id(), existing.name(), existing.email(), existing.extension(),
                existing.erpUser(), existing.colour(), existing.desk(), existing.groups(), existing.idealLoad(),
                existing.maxPerDay(), true, Role.ADMIN, existing.version()));
        }
        personService.setPassword("admin", password, "first-start");
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve("initial-admin-password");
        Files.writeString(file, password + System.lineSeparator());
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the file keeps the default permissions
        }
        String banner = "=".repeat(72);
        System.out.println(banner);
        System.out.println("Tomatic: created the administrator account 'admin' with password: " + password);
        System.out.println("(also written to " + file.toAbsolutePath() + "; change it after logging in)");
        System.out.println(banner);
        log.info("Created the initial administrator 'admin'");
    }
}
