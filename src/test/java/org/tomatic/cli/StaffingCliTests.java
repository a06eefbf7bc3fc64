package org.tomatic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tomatic.staffing.ErlangA;
import org.tomatic.staffing.StaffingReport;
import org.tomatic.staffing.Target;
import org.tomatic.staffing.TurnDemand;
import org.tomatic.staffing.TurnStaffing;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StaffingCliTests extends CliTest {

    static final List<String> TURN_KEYS = List.of("weekday", "start", "end", "calls", "callsPerHour", "handleSeconds",
        "patienceSeconds", "linesNeeded", "linesScheduled", "predicted");

    @Test
    void jsonHasTheDocumentedShape() {
        Run run = run("staffing", "--weeks", "4", "--target", "90/30", "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(run.out());
        assertThat(doc.propertyNames()).containsExactly("weeks", "target", "turns");
        assertThat(doc.get("weeks").asInt()).isEqualTo(4);
        assertThat(doc.get("target").propertyNames()).containsExactly("serviceLevel", "seconds", "maxAbandon");
        assertThat(doc.get("target").get("serviceLevel").asDouble()).isEqualTo(0.9);
        assertThat(doc.get("target").get("seconds").asInt()).isEqualTo(30);
        assertThat(doc.get("target").get("maxAbandon").asDouble()).isEqualTo(0.05);
        // the default grid: five weekdays of four turns; no calls recorded, no week asked
        assertThat(doc.get("turns")).hasSize(20);
        JsonNode first = doc.get("turns").get(0);
        assertThat(first.propertyNames()).containsExactlyElementsOf(TURN_KEYS);
        assertThat(first.get("weekday").asInt()).isEqualTo(1);
        assertThat(first.get("start").asString()).isEqualTo("09:00");
        assertThat(first.get("end").asString()).isEqualTo("10:15");
        assertThat(first.get("calls").asInt()).isZero();
        assertThat(first.get("linesNeeded").asInt()).isEqualTo(1);
        assertThat(first.get("linesScheduled").isNull()).isTrue();
        assertThat(first.get("predicted").isNull()).isTrue();
        assertThat(run.err()).contains("warning: only 0 of the 4 weeks");
    }

    @Test
    void tableCsvAndErrors() {
        Run table = run("staffing");
        assertThat(table.status()).as(table.err()).isZero();
        assertThat(table.out()).contains("Staffing from 8 weeks of calls", "80 % in 20 s", "Monday", "09:00–10:15");
        Run csv = run("staffing", "--format", "csv", "--week", "2026-12-07");
        assertThat(csv.status()).as(csv.err()).isZero();
        assertThat(csv.out().split("\r\n")).hasSize(21);
        assertThat(csv.out()).startsWith("weekday,start,end,calls,callsPerHour,handleSeconds,patienceSeconds,"
            + "linesNeeded,linesScheduled,serviceLevel,answerSeconds,abandonRate,occupancy\r\n1,09:00,10:15,0,0.0,,,1,,");

        Run notMonday = run("staffing", "--week", "2026-12-08");
        assertThat(notMonday.status()).isEqualTo(2);
        assertThat(notMonday.err()).contains("2026-12-08 is not a Monday");
        Run badTarget = run("staffing", "--target", "eighty");
        assertThat(badTarget.status()).isEqualTo(2);
        assertThat(badTarget.err()).contains("target 'eighty': expected PERCENT/SECONDS");
    }

    @Test
    void jsonFiguresAreRoundedAndNonFiniteIsNull() {
        TurnDemand d = new TurnDemand(DayOfWeek.FRIDAY, 3, LocalTime.of(12, 45), LocalTime.of(14, 0), 8, 412,
            400, 12, 10.6123, 181.04, 96.0);
        StaffingReport r = new StaffingReport(8, new Target(0.8, 20, 0.05), LocalDate.of(2026, 10, 5),
            LocalDate.of(2026, 11, 29), LocalDate.of(2026, 12, 7), true, List.of(
                new TurnStaffing(d, 4, 5, new ErlangA.Prediction(0.3, 0.8612, 7.93, 0.0131, 0.6449, 0.1), false, false,
                    false),
                new TurnStaffing(d, 4, 0, new ErlangA.Prediction(1, 0, Double.NaN, 1, 0, 1), false, false, true)),
            8, 412, new StaffingReport.Overall(0.86, 0.01, 53));
        JsonNode doc = JsonMapper.builder().build().readTree(StaffingFormat.json(r));
        JsonNode t = doc.get("turns").get(0);
        assertThat(t.get("weekday").asInt()).isEqualTo(5);
        assertThat(t.get("callsPerHour").asDouble()).isEqualTo(10.6);
        assertThat(t.get("handleSeconds").asDouble()).isEqualTo(181.0);
        assertThat(t.get("patienceSeconds").asDouble()).isEqualTo(96.0);
        assertThat(t.get("linesNeeded").asInt()).isEqualTo(4);
        assertThat(t.get("linesScheduled").asInt()).isEqualTo(5);
        assertThat(t.get("predicted").propertyNames()).containsExactly("serviceLevel", "answerSeconds", "abandonRate",
            "occupancy");
        assertThat(t.get("predicted").get("serviceLevel").asDouble()).isEqualTo(0.861);
        assertThat(t.get("predicted").get("answerSeconds").asDouble()).isEqualTo(7.9);
        assertThat(t.get("predicted").get("abandonRate").asDouble()).isEqualTo(0.013);
        assertThat(t.get("predicted").get("occupancy").asDouble()).isEqualTo(0.645);
        assertThat(doc.get("turns").get(1).get("predicted").get("answerSeconds").isNull()).isTrue();
    }
}
