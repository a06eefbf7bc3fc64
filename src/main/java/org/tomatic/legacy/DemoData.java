package org.tomatic.legacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
import org.tomatic.availability.DayOff;
import org.tomatic.callinfo.embedded.EmbeddedDemoCustomers;
import org.tomatic.calls.DemoCategories;
import org.tomatic.legacy.format.LegacySampleDirectory;
import org.tomatic.pbx.PbxProperties;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.PersonService;
import org.tomatic.people.Role;
import org.tomatic.staffing.CallHistory;
import org.tomatic.stats.QueueCall;
import org.tomatic.stats.RecordedCalls;
import org.tomatic.system.TeamTime;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TurnGridRepository;

/**
 * On the server's first start with an empty database (and tomatic.demo-data=true), fills in a
 * realistic team of ~30 people: loads, busy entries, holidays, leaves, fixed turns and a few weeks
 * of timetable history, through the same import an existing installation uses. Adds two demo
 * accounts with known passwords (see the README), the demo customers when the customer
 * directory is the embedded one, and {@link #WEEKS_OF_CALLS} weeks of recorded queue calls up to
 * yesterday (the staffing page and the statistics have a history; the simulated PBX's callers follow it).
 */
@Component
public class DemoData {

    static final int TEAM_SIZE = 30;
    static final int WEEKS_OF_HISTORY = 4;
    /** Complete weeks of recorded calls before this week (the staffing's default history), and this week's days. */
    static final int WEEKS_OF_CALLS = 8;
    static final long CALLS_SEED = 2026;
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
    private final TurnGridRepository grids;
    private final PbxProperties pbx;
    private final RecordedCalls calls;

    DemoData(PersonRepository people, PersonService personService, AvailabilityRepository availability,
             LegacyImporter importer, TeamTime teamTime, @Value("${tomatic.demo-data:true}") boolean enabled,
             ObjectProvider<EmbeddedDemoCustomers> customers, DemoCategories categories, TurnGridRepository grids,
             PbxProperties pbx, RecordedCalls calls) {
        this.grids = grids;
        this.pbx = pbx;
        this.calls = calls;
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
        callHistory();
    }

    /**
     * The queue calls of the last {@link #WEEKS_OF_CALLS} complete weeks and this week up to yesterday, on service
     * days inside the turns, answered by the team's people with an extension (seeded: the same shape every time).
     */
    private void callHistory() {
        TurnGrid grid = grids.get();
        LocalDate today = teamTime.today();
        LocalDate from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS_OF_CALLS);
        Set<LocalDate> closed = new HashSet<>();
        availability.holidays().stream().map(DayOff::date).forEach(closed::add);
        availability.noServiceDays().stream().map(DayOff::date).forEach(closed::add);
        List<CallHistory.Agent> agents = people.findAll().stream()
            .filter(p -> p.active() && p.extension() != null && !p.extension().isBlank())
            .map(p -> new CallHistory.Agent(p.id(), pbx.memberInterface(p.extension()), p.name())).toList();
        if (agents.isEmpty()) {
            return;
        }
        List<QueueCall> history = CallHistory.generate(grid, closed, from, today.minusDays(1), agents,
            pbx.simulated().callerNumbers().stream().filter(n -> !n.isBlank()).toList(), 1, CALLS_SEED);
        calls.insertAll(pbx.queue(), history);
        log.info("Recorded {} demo queue calls from {} to {}", history.size(), from, today.minusDays(1));
    }

    private void account(Person person) {
        people.insert(person);
        personService.setPassword(person.id(), DEMO_PASSWORD, "demo");
    }
}
