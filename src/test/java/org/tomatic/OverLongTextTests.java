package org.tomatic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.tomatic.calls.CallCategory;
import org.tomatic.calls.CategoryRepository;
import org.tomatic.calls.IncomingCalls;
import org.tomatic.calls.PhoneCall;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 100 KB value in any text field a page or the API takes is refused with 400 and the field's maximum
 * (docs/limits.md), and nothing is written: never a server error from the database ("value too long").
 */
class OverLongTextTests extends IntegrationTest {

    static final String LONG = "x".repeat(100 * 1024);
    static final LocalDate WEEK = LocalDate.of(2030, 1, 7);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired PersonRepository people;
    @Autowired TimetableRepository timetables;
    @Autowired CategoryRepository categories;
    @Autowired IncomingCalls incoming;
    @Autowired org.tomatic.notifications.Notifier notifier;

    long callId;

    @BeforeEach
    void data() {
        people.insert(new Person("anna", "Anna", null, "201", null, "aabbcc", null, List.of(), 4, null, true,
            Role.AGENT, 0));
        people.insert(new Person("pau", "Pau", null, "202", null, "aabbcc", null, List.of(), 4, null, true,
            Role.AGENT, 0));
        people.insert(new Person("carla", "Carla", null, null, null, "aabbcc", null, List.of(), null, null, true,
            Role.COORDINATOR, 0));
        timetables.replace(new Timetable(WEEK, List.of(DayOfWeek.MONDAY), List.of("09:00", "10:15", "11:30"),
            List.of("L1", "L2"), List.of(new Timetable.Cell(DayOfWeek.MONDAY, 0, 0, "anna", false),
                new Timetable.Cell(DayOfWeek.MONDAY, 0, 1, null, false),
                new Timetable.Cell(DayOfWeek.MONDAY, 1, 0, "pau", false),
                new Timetable.Cell(DayOfWeek.MONDAY, 1, 1, null, false)), Timetable.State.PUBLISHED, null,
            List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY), java.time.Instant.now());
        categories.insert(new CallCategory("INV", "Invoice question", "bill", "ffcc80", true, 0));
        callId = incoming.receive("600112233", "201", "c1", PhoneCall.Source.EMULATED, null).id();
        jdbc.sql("DELETE FROM audit_event").update();
    }

    /**
     * One field of one endpoint: the request with the 100 KB value, the sentence expected, and a query that
     * counts what must not be there afterwards.
     */
    record Case(String name, Function<OverLongTextTests, RequestBuilder> request, String sentence, String nothing) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            page("busy reason (new)", "anna", "AGENT", t -> post("/people/anna/busy")
                    .param("when", "every").param("turns", "0").param("reason", LONG),
                "The reason can be at most 500 characters.", "SELECT COUNT(*) FROM busy_entry"),
            page("leave note", "carla", "COORDINATOR", t -> post("/people/anna/leaves").param("start", "2030-01-07")
                    .param("end", "2030-01-08").param("kind", "VACATION").param("note", LONG),
                "The note can be at most 500 characters.", "SELECT COUNT(*) FROM person_leave"),
            page("holiday name", "admin", "ADMIN", t -> post("/holidays").param("kind", "HOLIDAY")
                    .param("date", "2030-12-25").param("name", LONG),
                "The name can be at most 200 characters.", "SELECT COUNT(*) FROM holiday"),
            page("person name (new)", "admin", "ADMIN", t -> post("/people").param("id", "nou").param("name", LONG)
                    .param("colour", "aabbcc").param("role", "AGENT"),
                "The name can be at most 100 characters.", "SELECT COUNT(*) FROM person WHERE id = 'nou'"),
            page("person email", "admin", "ADMIN", t -> person(post("/people/anna")).param("email", LONG + "@x.coop"),
                "The email can be at most 200 characters.", "SELECT COUNT(*) FROM person WHERE LENGTH(email) > 200"),
            page("person ERP user", "admin", "ADMIN", t -> person(post("/people/anna")).param("erpUser", LONG),
                "The ERP user can be at most 100 characters.", "SELECT COUNT(*) FROM person WHERE erp_user IS NOT NULL"),
            page("call comments", "anna", "AGENT", t -> typify(t).param("comments", LONG),
                "The comments can be at most 4000 characters.", "SELECT COUNT(*) FROM phone_call WHERE typified_at IS NOT NULL"),
            page("call customer name", "anna", "AGENT", t -> typify(t).param("customer", "C1::" + LONG),
                "The customer name can be at most 200 characters.", "SELECT COUNT(*) FROM phone_call WHERE typified_at IS NOT NULL"),
            page("call customer id", "anna", "AGENT", t -> typify(t).param("customer", LONG),
                "The customer id can be at most 64 characters.", "SELECT COUNT(*) FROM phone_call WHERE typified_at IS NOT NULL"),
            page("call contract", "anna", "AGENT", t -> typify(t).param("contract", LONG),
                "The contract number can be at most 64 characters.", "SELECT COUNT(*) FROM phone_call WHERE typified_at IS NOT NULL"),
            page("manual call phone", "anna", "AGENT", t -> post("/calls/manual").param("phone", LONG),
                "The phone number can be at most 40 characters.", "SELECT COUNT(*) FROM phone_call WHERE source = 'MANUAL'"),
            page("category name (new)", "admin", "ADMIN", t -> post("/admin/call-categories").param("code", "NEW")
                    .param("name", LONG),
                "The name can be at most 120 characters.", "SELECT COUNT(*) FROM call_category WHERE code = 'NEW'"),
            page("category keywords (new)", "admin", "ADMIN", t -> post("/admin/call-categories").param("code", "NEW")
                    .param("name", "New").param("keywords", LONG),
                "The keywords can be at most 500 characters.", "SELECT COUNT(*) FROM call_category WHERE code = 'NEW'"),
            page("category keywords (edit)", "admin", "ADMIN", t -> post("/admin/call-categories/INV")
                    .param("name", "Invoice").param("keywords", LONG).param("version", "0"),
                "The keywords can be at most 500 characters.", "SELECT COUNT(*) FROM call_category WHERE name = 'Invoice'"),
            page("planner run description", "carla", "COORDINATOR", t -> post("/planner/runs").param("week", "2030-01-07")
                    .param("description", LONG),
                "The description can be at most 500 characters.", "SELECT COUNT(*) FROM planning_run"),
            page("timetable edit reason", "carla", "COORDINATOR", t -> post("/timetable/2030-01-07/cells/MONDAY/0/1")
                    .param("person", "pau").param("reason", LONG).param("version", t.version()),
                "The reason can be at most 500 characters.", "SELECT COUNT(*) FROM timetable_change"),
            page("timetable swap reason", "carla", "COORDINATOR", t -> post("/timetable/2030-01-07/swap")
                    .param("a", "MONDAY/0/0").param("b", "MONDAY/1/0").param("reason", LONG).param("version", t.version()),
                "The reason can be at most 500 characters.", "SELECT COUNT(*) FROM timetable_change"),
            page("swap request reason", "anna", "AGENT", t -> post("/timetable/2030-01-07/swap-requests")
                    .param("mine", "MONDAY/0/0").param("theirs", "MONDAY/1/0").param("reason", LONG),
                "The reason can be at most 500 characters.", "SELECT COUNT(*) FROM swap_request"),
            page("API token name", "admin", "ADMIN", t -> post("/admin/tokens").param("name", LONG).param("role", "AGENT"),
                "The name can be at most 100 characters.", "SELECT COUNT(*) FROM api_token WHERE LENGTH(name) > 100"),
            page("template text", "admin", "ADMIN", t -> post("/admin/templates/says/en/text").param("body", LONG),
                "A template can be at most 4000 characters.", "SELECT COUNT(*) FROM notification_template"),
            page("template subject", "admin", "ADMIN", t -> post("/admin/templates/says/en/subject")
                    .param("body", "x".repeat(501)),
                "A subject can be at most 500 characters.", "SELECT COUNT(*) FROM notification_template"),
            page("says message", "carla", "COORDINATOR", t -> post("/says").param("message", LONG),
                "The message can be at most 4000 characters.", "SELECT COUNT(*) FROM notification"),
            api("API cell edit reason", t -> patch("/api/timetables/2030-01-07/cells/2030-01-07/0/1")
                    .with(user("carla").roles("COORDINATOR")).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json(Map.of("person", "pau", "reason", LONG, "version", t.versionNumber()))),
                "The reason can be at most 500 characters.", "SELECT COUNT(*) FROM timetable_change"),
            api("API cell edit person", t -> patch("/api/timetables/2030-01-07/cells/2030-01-07/0/1")
                    .with(user("carla").roles("COORDINATOR")).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json(Map.of("person", LONG, "version", t.versionNumber()))),
                "The person id can be at most 32 characters.", "SELECT COUNT(*) FROM timetable_change"),
            api("API swap reason", t -> post("/api/timetables/2030-01-07/swap")
                    .with(user("carla").roles("COORDINATOR")).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json(Map.of("a", Map.of("day", "2030-01-07", "turn", 0, "line", 0),
                        "b", Map.of("day", "2030-01-07", "turn", 1, "line", 0), "reason", LONG,
                        "version", t.versionNumber()))),
                "The reason can be at most 500 characters.", "SELECT COUNT(*) FROM timetable_change"),
            api("webhook phone", t -> webhook(Map.of("phone", "6" + " ".repeat(100 * 1024) + "00112233",
                    "extension", "202")),
                "The phone number can be at most 40 characters.", "SELECT COUNT(*) FROM phone_call WHERE person_id = 'pau'"),
            api("webhook extension", t -> webhook(Map.of("phone", "600112233", "extension", LONG)),
                "The extension can be at most 20 characters.", "SELECT COUNT(*) FROM phone_call WHERE LENGTH(extension) > 20"),
            api("webhook callId", t -> webhook(Map.of("phone", "600112233", "extension", "202", "callId", LONG)),
                "The call id can be at most 80 characters.", "SELECT COUNT(*) FROM phone_call WHERE person_id = 'pau'"),
            api("webhook callId (form)", t -> post("/api/calls/incoming")
                    .header("Authorization", "Bearer " + INCOMING_TOKEN)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("phone", "600112233").param("extension", "202").param("callId", LONG),
                "The call id can be at most 80 characters.", "SELECT COUNT(*) FROM phone_call WHERE person_id = 'pau'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aHundredKilobytesIsRefusedWithItsMaximumAndNothingIsWritten(Case c) throws Exception {
        mvc.perform(c.request().apply(this))
            .andExpect(status().isBadRequest())
            .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString(c.sentence())));

        assertThat(jdbc.sql(c.nothing()).query(Integer.class).single()).as(c.nothing()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Integer.class).single()).isZero();
    }

    /** A browser counts a line end as one character under maxlength but sends CRLF: the box's text still fits. */
    @Test
    void commentsThatFitTheBoxFitTheColumn() throws Exception {
        String comments = ("y".repeat(99) + "\r\n").repeat(40).strip(); // 40 × 100 characters with LF, 4039 with CRLF

        mvc.perform(typify(this).param("comments", comments).with(user("anna").roles("AGENT")).with(csrf()))
            .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT comments FROM phone_call WHERE id = :id").param("id", callId)
            .query(String.class).single()).hasSize(3999).doesNotContain("\r");
    }

    @Test
    void aTextAtItsMaximumIsTaken() throws Exception {
        mvc.perform(post("/people/anna/leaves").param("start", "2030-01-07").param("end", "2030-01-08")
                .param("kind", "VACATION").param("note", "n".repeat(500))
                .with(user("carla").roles("COORDINATOR")).with(csrf()))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post("/people/anna/busy").param("when", "every").param("turns", "0").param("reason", "r".repeat(500))
                .with(user("anna").roles("AGENT")).with(csrf()))
            .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT LENGTH(note) FROM person_leave").query(Integer.class).single()).isEqualTo(500);
        assertThat(jdbc.sql("SELECT LENGTH(reason) FROM busy_entry").query(Integer.class).single()).isEqualTo(500);
    }

    /** bcrypt takes 72 bytes at most: a longer password is the page's usual refusal, not a server error. */
    @Test
    void aPasswordOver72BytesIsRefused() throws Exception {
        mvc.perform(post("/people/anna/password").param("password", LONG).with(user("admin").roles("ADMIN")).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(MockMvcResultMatchers.flash().attribute("flashError", "person.error.passwordLong"));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE password_hash IS NOT NULL AND id = 'anna'")
            .query(Integer.class).single()).isZero();
    }

    /** A subject is made from a template and values: a long one is shortened to its column, not a failed send. */
    @Test
    void aLongSubjectIsShortenedToFit() {
        notifier.team(org.tomatic.notifications.Notification.text("says", LONG, "body"));

        assertThat(jdbc.sql("SELECT subject FROM notification").query(String.class).single())
            .hasSize(org.tomatic.notifications.Notification.MAX_SUBJECT).endsWith("…");
    }

    /** A pause reason goes to the PBX and into notifications: the board refuses a long one in its own way. */
    @Test
    void aLongPauseReasonIsRefusedByTheQueueBoard() throws Exception {
        mvc.perform(post("/queue/pause").param("member", "PJSIP/201").param("reason", LONG)
                .with(user("carla").roles("COORDINATOR")).with(csrf()))
            .andExpect(status().isBadRequest())
            .andExpect(MockMvcResultMatchers.content().string("The pause reason can be at most 80 characters."));
    }

    private static Arguments page(String name, String who, String role,
                                  Function<OverLongTextTests, MockHttpServletRequestBuilder> request, String sentence,
                                  String nothing) {
        return Arguments.of(new Case(name, t -> request.apply(t).with(user(who).roles(role)).with(csrf()), sentence,
            nothing));
    }

    private static Arguments api(String name, Function<OverLongTextTests, RequestBuilder> request, String sentence,
                                 String nothing) {
        return Arguments.of(new Case(name, request, sentence, nothing));
    }

    private static MockHttpServletRequestBuilder person(MockHttpServletRequestBuilder request) {
        return request.param("name", "Anna").param("colour", "aabbcc").param("role", "AGENT").param("version", "0");
    }

    private static MockHttpServletRequestBuilder typify(OverLongTextTests t) {
        return post("/calls/" + t.callId + "/typify").param("version", "0").param("category", "INV");
    }

    private static MockHttpServletRequestBuilder webhook(Map<String, String> body) {
        return post("/api/calls/incoming").header("Authorization", "Bearer " + INCOMING_TOKEN)
            .contentType(MediaType.APPLICATION_JSON).content(json(body));
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    int versionNumber() {
        return timetables.version(WEEK).orElseThrow();
    }

    String version() {
        return String.valueOf(versionNumber());
    }
}
