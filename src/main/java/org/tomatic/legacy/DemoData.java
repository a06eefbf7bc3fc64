package org.tomatic.legacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.BusyEntry;
import org.tomatic.callinfo.embedded.EmbeddedDemoCustomers;
import org.tomatic.calls.DemoCategories;
import org.tomatic.legacy.format.LegacySampleDirectory;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.PersonService;
import org.tomatic.people.Role;
import org.tomatic.system.TeamTime;

/**
 * On the server's first start with an empty database (and tomatic.demo-data=true), fills in a
 * realistic team of ~30 people: loads, busy entries, holidays, leaves, fixed turns and a few weeks
 * of timetable history, through the same import an existing installation uses. Adds two demo
 * accounts with known passwords (see the README), and the demo customers when the customer
 * directory is the embedded one.
 */
@Component
public class DemoData {

    static final int TEAM_SIZE = 30;
    static final int WEEKS_OF_HISTORY = 4;
    public static final String DEMO_PASSWORD = "tomatic-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final PersonRepository people;
    private final PersonService personService;
    private final AvailabilityRepository availability;
    private final LegacyImporter importer;
    private final TeamTime teamTime;
    private final boolean enabled;
    private final ObjectProvider<EmbeddedDemoCustomers> customers;
    private final DemoCategories categories;

    DemoData(PersonRepository people, PersonService personService, AvailabilityRepository availability,
             LegacyImporter importer, TeamTime teamTime, @Value("${tomatic.demo-data:true}") boolean enabled,
             ObjectProvider<EmbeddedDemoCustomers> customers, DemoCategories categories) {
        this.people = people;
        this.personService = personService;
        this.availability = availability;
        this.importer = importer;
        this.teamTime = teamTime;
        this.enabled = enabled;
        this.customers = customers;
        this.categories = categories;
    }

    @EventListener
    @Order(10)
    void onReady(ApplicationReadyEvent event) throws IOException {
        if (enabled && event.getApplicationContext() instanceof WebServerApplicationContext && people.count() == 0) {
            load();
        }
    }

    /** Loads the demo team into an empty database (also for browser tests that need a real-sized team). */
    public void load() throws IOException {
        // The sample's history ends the week before its "current" week: make that the week after next,
        // so the demo has this week's and next week's timetables (the week page shows next week from
        // Friday evening on).
        LocalDate sampleCurrentWeek = teamTime.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
        Path dir = Files.createTempDirectory("tomatic-demo");
        try {
            LegacySampleDirectory.write(dir, TEAM_SIZE, WEEKS_OF_HISTORY, 2026, sampleCurrentWeek);
            ImportReport report = importer.importDirectory(dir, sampleCurrentWeek, false, "demo");
            if (report.hasErrors()) {
                log.warn("Demo data not loaded: {}", report.errors());
                return;
            }
        } finally {
            ZipFiles.deleteTree(dir);
        }
        account(new Person("coordina", "Coordinadora Demo", "coordinadora@example.coop", "100", null, "ffab91", 1,
            List.of("demo"), 3, null, true, Role.COORDINATOR, 0));
        account(new Person("agenta", "Agenta Demo", "agenta@example.coop", "101", null, "b3e5fc", 1,
            List.of("demo"), 4, null, true, Role.AGENT, 0));
        availability.insertBusy(new BusyEntry(null, "agenta", DayOfWeek.TUESDAY, null, "1100", false,
            "curs d'anglès", 0));
        log.info("Loaded the demo team ({} people); demo accounts coordina and agenta, password {}", people.count(),
            DEMO_PASSWORD);
        customers.ifAvailable(EmbeddedDemoCustomers::load);
        categories.load();
    }

    private void account(Person person) {
        people.insert(person);
        personService.setPassword(person.id(), DEMO_PASSWORD, "demo");
    }
}
