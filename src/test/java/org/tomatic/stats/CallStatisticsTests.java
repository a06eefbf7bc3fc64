package org.tomatic.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.tomatic.IntegrationTest;
import org.tomatic.pbx.PbxEvent;
import org.tomatic.pbx.WaitingCaller;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;

/** Figures computed from a recorded sequence of PBX events, in Asterisk's order. */
class CallStatisticsTests extends IntegrationTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Autowired ApplicationEventPublisher events;
    @Autowired CallStatistics statistics;
    @Autowired DailyReport report;
    @Autowired PersonRepository people;

    @BeforeEach
    void aDayOfCalls() {
        jdbc.sql("DELETE FROM queue_call").update();
        people.insert(new Person("anna", "Anna Vives", null, "201", null, "aabbcc", null, List.of(), 3, null, true, Role.AGENT, 0));
        people.insert(new Person("biel", "Biel", null, "202", null, "aabbcc", null, List.of(), 3, null, true, Role.AGENT, 0));
        // 09:10 answered by Anna after 12 s, 90 s of talk.
        answered("c1", "09:10:00", "PJSIP/201", 12, 90);
        // 09:40 the caller gives up after 40 s.
        join("c2", "09:40:00");
        events.publishEvent(new PbxEvent.CallerAbandoned(at("09:40:40"), "c2", Duration.ofSeconds(40)));
        events.publishEvent(new PbxEvent.CallerLeft(at("09:40:40"), "c2"));
        // 10:05 Biel lets it ring (15 000 ms), then Anna answers after 35 s: over the 20 s threshold.
        join("c3", "10:05:00");
        events.publishEvent(new PbxEvent.AgentCalled(at("10:05:01"), "PJSIP/202", "Biel", "c3", "600000003"));
        events.publishEvent(new PbxEvent.AgentRingNoAnswer(at("10:05:16"), "PJSIP/202", "c3", Duration.ofMillis(15000)));
        connect("c3", "10:05:35", "PJSIP/201", 35);
        complete("c3", "10:07:35", "PJSIP/201", 35, 120);
        // 10:30 answered by Biel after 5 s, 30 s of talk.
        answered("c4", "10:30:00", "PJSIP/202", 5, 30);
        // 19:00, after closing: left unanswered (the queue's timeout).
        join("c5", "19:00:00");
        events.publishEvent(new PbxEvent.CallerLeft(at("19:01:00"), "c5"));
    }

    @Test
    void theDaysFigures() {
        DayFigures.Report r = statistics.day(DAY);
        DayFigures d = r.day();
        assertThat(d.received()).isEqualTo(5);
        assertThat(d.answered()).isEqualTo(3);
        assertThat(d.abandoned()).isEqualTo(1);
        assertThat(d.unanswered()).isEqualTo(1);
        assertThat(d.answeredWithinThreshold()).isEqualTo(2);
        assertThat(d.serviceLevel()).isEqualTo(40.0);
        assertThat(d.averageWait()).isCloseTo((12 + 35 + 5) / 3.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(d.maxWait()).isEqualTo(40);
        assertThat(d.averageTalk()).isCloseTo((90 + 120 + 30) / 3.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(d.outOfHours()).isEqualTo(1);
        assertThat(r.byHour()).extracting(DayFigures::label).containsExactly("09:00", "10:00", "19:00");
        assertThat(r.byHour().get(1).received()).isEqualTo(2);
        assertThat(r.byAgent()).extracting(DayFigures::label, DayFigures::answered)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("anna", 2), org.assertj.core.groups.Tuple.tuple("biel", 1));
        assertThat(statistics.calls(DAY, DAY)).filteredOn(c -> c.callRef().equals("c3"))
            .singleElement().satisfies(c -> assertThat(c.unansweredRings()).isEqualTo(1));
    }

    @Test
    void theReportAsTextAndCsv() {
        String text = report.text(DAY);
        assertThat(text).contains("received 5, answered 3, abandoned 1, unanswered 1, out of hours 1")
            .contains("service level (answered within 20 s): 40% (2)")
            .contains("wait: average 17 s, max 40 s; talk: average 80 s");
        String csv = new String(report.csv(DAY), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(1 + 3 + 1 + 2);
        assertThat(csv).contains("2026-11-30,day,2026-11-30,5,3,1,1,2,40.0,17.3,40,80.0,1\r\n");
    }

    @Test
    void theReportGoesToTheChatAndByEmailWithItsCsv() throws Exception {
        report.send(DAY);
        var posted = org.tomatic.notifications.NotificationPeers.WEBHOOKS.await(
            org.tomatic.notifications.NotificationPeers.SLACK, 1, Duration.ofSeconds(10));
        assertThat(posted.get(0).body()).contains("received 5, answered 3, abandoned 1");
        var mail = org.tomatic.notifications.NotificationPeers.awaitMail(2, Duration.ofSeconds(10))[0];
        assertThat(mail.getSubject()).isEqualTo("Tomatic: queue figures for 2026-11-30");
        var multipart = (jakarta.mail.Multipart) mail.getContent();
        boolean attached = false;
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if ("queue-2026-11-30.csv".equals(part.getFileName())) {
                attached = java.util.Arrays.equals(part.getInputStream().readAllBytes(), report.csv(DAY));
            }
        }
        assertThat(attached).as("the CSV is attached, byte for byte").isTrue();
    }

    @Test
    void thePageAndItsCsv() throws Exception {
        mvc.perform(get("/stats").param("date", DAY.toString()).param("days", "7").with(user("anna").roles("AGENT")))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("id=\"heat\"")))
            .andExpect(content().string(Matchers.containsString("Service level per day")))
            .andExpect(content().string(Matchers.containsString("<td>Anna Vives</td>")))
            .andExpect(content().string(Matchers.containsString("<dl class=\"figures\">")));
        mvc.perform(get("/stats/days.csv").param("from", "2026-11-29").param("to", DAY.toString())
                .with(user("anna").roles("AGENT")))
            .andExpect(content().string(Matchers.containsString("2026-11-29,0,0,0,0,0,,,,,0\r\n2026-11-30,5,3,1,1,2,40.0")));
    }

    private void answered(String ref, String time, String member, int hold, int talk) {
        join(ref, time);
        LocalTime t = LocalTime.parse(time);
        connect(ref, t.plusSeconds(hold).toString(), member, hold);
        complete(ref, t.plusSeconds(hold + talk).toString(), member, hold, talk);
    }

    private void join(String ref, String time) {
        events.publishEvent(new PbxEvent.CallerJoined(at(time), new WaitingCaller(ref, "6000000" + ref.substring(1), "",
            1, at(time))));
    }

    private void connect(String ref, String time, String member, int hold) {
        events.publishEvent(new PbxEvent.CallerLeft(at(time), ref));
        events.publishEvent(new PbxEvent.AgentConnected(at(time), member, ref, "600", Duration.ofSeconds(hold),
            Duration.ofSeconds(2)));
    }

    private void complete(String ref, String time, String member, int hold, int talk) {
        events.publishEvent(new PbxEvent.AgentCompleted(at(time), member, ref, Duration.ofSeconds(hold),
            Duration.ofSeconds(talk), "caller"));
    }

    private static Instant at(String time) {
        return DAY.atTime(LocalTime.parse(time)).atZone(MADRID).toInstant();
    }
}
