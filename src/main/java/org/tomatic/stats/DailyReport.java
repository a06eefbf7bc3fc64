package org.tomatic.stats;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.tomatic.notifications.Notification;
import org.tomatic.notifications.Notifier;

/** The day's queue figures as text (the CLI, the chat) and CSV (the email's attachment). */
@Service
public class DailyReport {

    private static final String FIGURES_HEADER = "received,answered,abandoned,unanswered,answered_within_threshold,"
        + "service_level,average_wait,max_wait,average_talk,out_of_hours";

    private final CallStatistics statistics;
    private final ObjectProvider<Notifier> notifier;

    public DailyReport(CallStatistics statistics, ObjectProvider<Notifier> notifier) {
        this.statistics = statistics;
        this.notifier = notifier;
    }

    public String text(LocalDate date) {
        DayFigures.Report r = statistics.day(date);
        DayFigures d = r.day();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Queue figures for %s%n", date));
        out.append(String.format(Locale.ROOT, "received %d, answered %d, abandoned %d, unanswered %d, out of hours %d%n",
            d.received(), d.answered(), d.abandoned(), d.unanswered(), d.outOfHours()));
        out.append(String.format(Locale.ROOT, "service level (answered within %d s): %s%n", r.thresholdSeconds(),
            d.serviceLevel() == null ? "-" : String.format(Locale.ROOT, "%.0f%% (%d)", d.serviceLevel(), d.answeredWithinThreshold())));
        out.append(String.format(Locale.ROOT, "wait: average %s, max %s; talk: average %s%n", seconds(d.averageWait()),
            d.maxWait() == null ? "-" : d.maxWait() + " s", seconds(d.averageTalk())));
        if (!r.byHour().isEmpty()) {
            out.append(String.format("%nhour   received answered abandoned  SL%%%n"));
            for (DayFigures h : r.byHour()) {
                out.append(String.format(Locale.ROOT, "%-6s %8d %8d %9d %4s%n", h.label(), h.received(), h.answered(),
                    h.abandoned(), h.serviceLevel() == null ? "-" : String.format(Locale.ROOT, "%.0f", h.serviceLevel())));
            }
        }
        if (!r.byAgent().isEmpty()) {
            out.append(String.format("%nagent        answered  avg talk%n"));
            for (DayFigures a : r.byAgent()) {
                out.append(String.format(Locale.ROOT, "%-12s %8d  %8s%n", a.label(), a.answered(), seconds(a.averageTalk())));
            }
        }
        return out.toString();
    }

    /** One line per hour, then the day's total, then one per agent. */
    public byte[] csv(LocalDate date) {
        DayFigures.Report r = statistics.day(date);
        StringBuilder out = new StringBuilder("date,scope,label," + FIGURES_HEADER + "\r\n");
        for (DayFigures h : r.byHour()) {
            line(out, "hour", h);
        }
        line(out, "day", r.day());
        for (DayFigures a : r.byAgent()) {
            line(out, "agent", a);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Posts the text to the team's chat and emails it with the CSV (queued: delivered in the background). */
    public void send(LocalDate date) {
        Notifier n = notifier.getIfAvailable();
        if (n == null) {
            throw new IllegalStateException("notifications are not available");
        }
        n.team(notification(date));
    }

    /** The report as a team notification: the text, its figures, the CSV attached. */
    public Notification notification(LocalDate date) {
        DayFigures d = statistics.day(date).day();
        return new Notification("daily-report", "Tomatic: queue figures for " + date, text(date), null,
            Map.of("date", date.toString(), "received", d.received(), "answered", d.answered(), "abandoned", d.abandoned(),
                "serviceLevel", d.serviceLevel() == null ? "" : String.format(Locale.ROOT, "%.1f", d.serviceLevel())),
            List.of(new Notification.Attachment("queue-" + date + ".csv", "text/csv", csv(date))));
    }

    /** One line per day between two days (inclusive), days without calls included. */
    public byte[] daysCsv(LocalDate from, LocalDate to) {
        StringBuilder out = new StringBuilder("date," + FIGURES_HEADER + "\r\n");
        for (DayFigures d : statistics.days(from, to)) {
            out.append(d.date()).append(',').append(figures(d)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, String scope, DayFigures f) {
        out.append(String.join(",", f.date().toString(), scope, f.label(), figures(f))).append("\r\n");
    }

    /** The figures' columns, in the order of {@link #FIGURES_HEADER}. */
    private static String figures(DayFigures f) {
        return String.join(",", String.valueOf(f.received()), String.valueOf(f.answered()), String.valueOf(f.abandoned()),
            String.valueOf(f.unanswered()), String.valueOf(f.answeredWithinThreshold()), number(f.serviceLevel()),
            number(f.averageWait()), f.maxWait() == null ? "" : f.maxWait().toString(), number(f.averageTalk()),
            String.valueOf(f.outOfHours()));
    }

    private static String number(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.1f", d);
    }

    private static String seconds(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.0f s", d);
    }
}
