package org.tomatic.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tomatic.notifications.NotificationPeers.MATTERMOST;
import static org.tomatic.notifications.NotificationPeers.WEBHOOK;
import static org.tomatic.notifications.NotificationPeers.WEBHOOKS;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.tomatic.IntegrationTest;
import org.tomatic.TestPeople;
import org.tomatic.pbx.Adherence;
import org.tomatic.pbx.AgentAbsent;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.planner.PlanningIncomplete;
import org.tomatic.timetable.SwapRequests;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableEditor;
import org.tomatic.timetable.TimetablePublished;
import org.tomatic.timetable.TimetableRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What each event sends: team messages (published, incomplete, absent) and personal ones (turn changed, swaps). */
class NotificationTriggersTests extends IntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final LocalDate WEEK = LocalDate.of(2030, 1, 7);

    @Autowired ApplicationEventPublisher events;
    @Autowired PersonRepository people;
    @Autowired TimetableRepository timetables;
    @Autowired TimetableEditor editor;
    @Autowired SwapRequests swaps;
    @Autowired PersonLanguages languages;
    @Autowired Deliveries deliveries;

    @Test
    void aPublishedTimetableIsAnnounced() throws Exception {
        people.insert(TestPeople.person("carla", Role.COORDINATOR));
        events.publishEvent(new TimetablePublished(WEEK, 7L, "carla", 12));

        assertThat(WEBHOOKS.await(MATTERMOST, 1, WAIT)).singleElement().extracting(WebhookPeer.Received::body)
            .isEqualTo("{\"text\":\"**Publicat l'horari de la setmana del 07/01/2030**\\nCarla ha publicat l'horari de la "
                + "setmana del 07/01/2030 (12 caselles canviades).\\nhttps://tomatic.example.coop/timetable?week=2030-01-07\"}");
        JsonNode hook = JsonMapper.builder().build().readTree(WEBHOOKS.await(WEBHOOK, 1, WAIT).get(0).body());
        assertThat(hook.get("type").asString()).isEqualTo("timetable-published");
        assertThat(hook.get("fields").toString()).isEqualTo("{\"week\":\"2030-01-07\",\"runId\":7,\"publishedBy\":\"carla\","
            + "\"changedCells\":12,\"link\":\"https://tomatic.example.coop/timetable?week=2030-01-07\"}");
    }

    @Test
    void anIncompletePlanningCarriesTheDiagnosis() throws Exception {
        events.publishEvent(new PlanningIncomplete(WEEK, 9, List.of("MONDAY 09:00: 1 empty; busy: {anna=metge}",
            "TUESDAY 10:15: 2 empty; busy: {}")));

        assertThat(WEBHOOKS.await(MATTERMOST, 1, WAIT)).singleElement().extracting(WebhookPeer.Received::body)
            .isEqualTo("{\"text\":\"**No s'ha pogut planificar sencera la setmana del 07/01/2030**\\nLa planificació "
                + "automàtica de la setmana del 07/01/2030 ha deixat caselles buides i no s'ha publicat:\\n"
                + "- MONDAY 09:00: 1 empty; busy: {anna=metge}\\n- TUESDAY 10:15: 2 empty; busy: {}\\n"
                + "https://tomatic.example.coop/planner/runs/9\"}");
    }

    @Test
    void someoneNotAnsweringIsReported() throws Exception {
        Instant since = Instant.now().minus(Duration.ofMinutes(12)).minusSeconds(5);
        String hhmm = DateTimeFormatter.ofPattern("HH:mm").format(since.atZone(ZoneId.of("Europe/Madrid")));
        events.publishEvent(new AgentAbsent("anna", "Anna", Adherence.Kind.PAUSED, "Dinar", since));
        events.publishEvent(new AgentAbsent("biel", "Biel", Adherence.Kind.NOT_IN_QUEUE, null, since));

        List<String> bodies = WEBHOOKS.await(MATTERMOST, 2, WAIT).stream().map(WebhookPeer.Received::body).toList();
        assertThat(bodies).containsExactlyInAnyOrder(
            "{\"text\":\"**Anna no atén el telèfon**\\nAnna té torn de telèfon ara però està en pausa (Dinar) des de les "
                + hhmm + " (12 minuts).\"}",
            "{\"text\":\"**Biel no atén el telèfon**\\nBiel té torn de telèfon ara però està fora de la cua des de les "
                + hhmm + " (12 minuts).\"}");
    }

    @Test
    void aChangeInAPublishedWeekTellsBothPeopleInTheirLanguage() throws Exception {
        aWeek(Timetable.State.PUBLISHED);
        languages.remember("pau", "en");
        editor.edit(new TimetableEditor.Edit(WEEK, DayOfWeek.MONDAY, 0, 0, "pau", "metge", version(), false), "carla");

        MimeMessage[] mails = NotificationPeers.awaitMail(2, WAIT);
        assertThat(mails).hasSize(2);
        MimeMessage toAnna = to("anna@example.coop", mails);
        assertThat(toAnna.getSubject()).isEqualTo("Ha canviat el teu torn de dilluns 07/01");
        assertThat(text(toAnna)).isEqualTo("El teu torn de dilluns 07/01, 09:00 – 10:15, ha canviat: Anna → Pau "
            + "(ho ha fet Carla).\nhttps://tomatic.example.coop/timetable?week=2030-01-07");
        MimeMessage toPau = to("pau@example.coop", mails);
        assertThat(toPau.getSubject()).isEqualTo("Your turn on Monday 07/01 changed");
        assertThat(text(toPau)).startsWith("Your turn on Monday 07/01, 09:00 – 10:15, changed: Anna → Pau (by Carla).");
        assertThat(deliveries.recent(10)).extracting(Delivery::personId).containsExactlyInAnyOrder("anna", "pau");
    }

    @Test
    void aChangeInADraftWeekTellsNobody() throws Exception {
        aWeek(Timetable.State.DRAFT);
        editor.edit(new TimetableEditor.Edit(WEEK, DayOfWeek.MONDAY, 0, 0, "pau", null, version(), false), "carla");
        assertThat(deliveries.recent(10)).isEmpty();
    }

    @Test
    void theColleagueHearsOfASwapRequestAndTheRequesterOfItsAcceptance() throws Exception {
        aWeek(Timetable.State.PUBLISHED);
        var request = swaps.request(WEEK, "MONDAY/0/0", "MONDAY/1/0", "metge", "anna");

        MimeMessage asked = NotificationPeers.awaitMail(1, WAIT)[0];
        assertThat(asked.getAllRecipients()[0].toString()).isEqualTo("pau@example.coop");
        assertThat(asked.getSubject()).isEqualTo("Anna et demana un canvi de torn");
        assertThat(text(asked)).isEqualTo("Anna t'ofereix el seu torn de dilluns 07/01, 09:00 – 10:15 a canvi del teu de "
            + "dilluns 07/01, 10:15 – 11:30.\nMotiu: metge\nRespon des de la pàgina de l'horari. "
            + "https://tomatic.example.coop/timetable?week=2030-01-07");

        swaps.decide(request.id(), true, "pau");
        MimeMessage accepted = to("anna@example.coop", NotificationPeers.awaitMail(2, WAIT));
        assertThat(accepted.getSubject()).isEqualTo("Pau ha acceptat el canvi de torn");
        assertThat(text(accepted)).startsWith("Pau ha acceptat: ara tens el torn de dilluns 07/01, 10:15 – 11:30 en "
            + "lloc del de dilluns 07/01, 09:00 – 10:15.");
        assertThat(deliveries.recent(10)).extracting(Delivery::type)
            .containsExactlyInAnyOrder("swap-requested", "swap-accepted");
    }

    private void aWeek(Timetable.State state) {
        people.insert(TestPeople.person("anna", Role.AGENT));
        people.insert(TestPeople.person("pau", Role.AGENT));
        people.insert(TestPeople.person("carla", Role.COORDINATOR));
        timetables.replace(new Timetable(WEEK, List.of(DayOfWeek.MONDAY), List.of("09:00", "10:15", "11:30"),
            List.of("L1"), List.of(new Timetable.Cell(DayOfWeek.MONDAY, 0, 0, "anna", false),
                new Timetable.Cell(DayOfWeek.MONDAY, 1, 0, "pau", false)), state, null,
            List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY), java.time.Instant.now());
    }

    private int version() {
        return timetables.version(WEEK).orElseThrow();
    }

    private static MimeMessage to(String address, MimeMessage[] mails) {
        return Arrays.stream(mails).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no mail to " + address));
    }

    private static String text(MimeMessage mail) throws Exception {
        return ((String) NotificationEmailTests.leaves(mail).get(0).getContent()).replace("\r\n", "\n");
    }
}
