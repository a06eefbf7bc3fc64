package org.tomatic.cli;

import java.io.PrintWriter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tomatic.staffing.ErlangA;
import org.tomatic.staffing.StaffingReport;
import org.tomatic.staffing.TurnStaffing;
import tools.jackson.databind.json.JsonMapper;

/** {@code tomatic staffing}'s output: a table, JSON (the documented shape) or CSV. */
final class StaffingFormat {

    private StaffingFormat() {
    }

    static String json(StaffingReport r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("weeks", r.weeks());
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("serviceLevel", r.target().serviceLevel());
        target.put("seconds", r.target().seconds());
        target.put("maxAbandon", r.target().maxAbandon());
        doc.put("target", target);
        List<Map<String, Object>> turns = new ArrayList<>();
        for (TurnStaffing t : r.turns()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("weekday", t.demand().weekday().getValue());
            row.put("start", t.demand().start().toString());
            row.put("end", t.demand().end().toString());
            row.put("calls", t.demand().calls());
            row.put("callsPerHour", round(t.demand().callsPerHour(), 1));
            row.put("handleSeconds", round(t.demand().handleSeconds(), 1));
            row.put("patienceSeconds", round(t.demand().patienceSeconds(), 1));
            row.put("linesNeeded", t.linesNeeded());
            row.put("linesScheduled", t.linesScheduled());
            ErlangA.Prediction p = t.predicted();
            Map<String, Object> predicted = null;
            if (p != null) {
                predicted = new LinkedHashMap<>();
                predicted.put("serviceLevel", round(p.serviceLevel(), 3));
                predicted.put("answerSeconds", round(p.answerSeconds(), 1));
                predicted.put("abandonRate", round(p.abandonRate(), 3));
                predicted.put("occupancy", round(p.occupancy(), 3));
            }
            row.put("predicted", predicted);
            turns.add(row);
        }
        doc.put("turns", turns);
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }

    static String csv(StaffingReport r) {
        StringBuilder out = new StringBuilder("weekday,start,end,calls,callsPerHour,handleSeconds,patienceSeconds,"
            + "linesNeeded,linesScheduled,serviceLevel,answerSeconds,abandonRate,occupancy\r\n");
        for (TurnStaffing t : r.turns()) {
            ErlangA.Prediction p = t.predicted();
            out.append(String.join(",", String.valueOf(t.demand().weekday().getValue()), t.demand().start().toString(),
                t.demand().end().toString(), String.valueOf(t.demand().calls()), text(t.demand().callsPerHour(), 1),
                text(t.demand().handleSeconds(), 1), text(t.demand().patienceSeconds(), 1),
                String.valueOf(t.linesNeeded()), t.linesScheduled() == null ? "" : t.linesScheduled().toString(),
                p == null ? "" : text(p.serviceLevel(), 3), p == null ? "" : text(p.answerSeconds(), 1),
                p == null ? "" : text(p.abandonRate(), 3), p == null ? "" : text(p.occupancy(), 3))).append("\r\n");
        }
        return out.toString();
    }

    static void table(PrintWriter out, StaffingReport r) {
        out.printf("Staffing from %d weeks of calls (%s … %s, %d calls), target %s%n", r.weeks(), r.from(), r.to(),
            r.calls(), r.target());
        if (r.week() != null) {
            out.printf(r.timetable() ? "Week of %s: its timetable's lines and predicted service%n"
                : "Week of %s: no timetable%n", r.week());
        }
        out.printf("%-10s %-13s %6s %7s %7s %9s %7s %6s %6s %6s %8s %6s%n", "weekday", "turn", "calls", "calls/h",
            "handle", "patience", "needed", "lines", "SL", "answer", "abandon", "occup");
        for (TurnStaffing t : r.turns()) {
            ErlangA.Prediction p = t.predicted();
            out.printf(Locale.ROOT, "%-10s %-13s %6d %7.1f %7s %9s %7d %6s %6s %6s %8s %6s%s%n",
                t.demand().weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                t.demand().start() + "–" + t.demand().end(), t.demand().calls(), t.demand().callsPerHour(),
                seconds(t.demand().handleSeconds()), seconds(t.demand().patienceSeconds()), t.linesNeeded(),
                t.holiday() ? "holiday" : t.linesScheduled() == null ? "-" : t.linesScheduled().toString(),
                p == null ? "-" : percent(p.serviceLevel()), p == null ? "-" : seconds(p.answerSeconds()),
                p == null ? "-" : percent(p.abandonRate()), p == null ? "-" : percent(p.occupancy()),
                t.belowTarget() ? "  below target" : t.lowData() ? "  little data" : "");
        }
        if (r.overall() != null) {
            out.printf(Locale.ROOT, "the week: %s answered within %d s, %s abandoned (of %.0f expected calls)%n",
                percent(r.overall().serviceLevel()), r.target().seconds(), percent(r.overall().abandonRate()),
                r.overall().expectedCalls());
        }
    }

    /** What the figures may not say well: weeks without calls, turns with few. */
    static List<String> warnings(StaffingReport r, int minCalls) {
        List<String> warnings = new ArrayList<>();
        if (r.littleData()) {
            warnings.add(String.format("only %d of the %d weeks (%s … %s) have recorded calls", r.weeksWithCalls(),
                r.weeks(), r.from(), r.to()));
        }
        long few = r.turns().stream().filter(TurnStaffing::lowData).count();
        if (few > 0) {
            warnings.add(String.format("%d of %d turns have fewer than %d recorded calls: their handle time and "
                + "patience are the whole history's", few, r.turns().size(), minCalls));
        }
        return warnings;
    }

    private static Double round(Double value, int decimals) {
        if (value == null || !Double.isFinite(value)) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static String text(Double value, int decimals) {
        Double rounded = round(value, decimals);
        return rounded == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", rounded);
    }

    private static String seconds(Double value) {
        return value == null || !Double.isFinite(value) ? "-" : String.format(Locale.ROOT, "%.0f s", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
