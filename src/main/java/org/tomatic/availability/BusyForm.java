package org.tomatic.availability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The busy-entry editor: one-off (a date) or weekly (a weekday, or "every day"), turns as checkboxes. */
public class BusyForm {
    /** "every", a weekday name (MONDAY…), or "date" (then {@link #date} counts). */
    private String when = "every";
    private LocalDate date;
    private List<Integer> turns = new ArrayList<>();
    private boolean optional;
    private String reason = "";
    private int version;

    static BusyForm of(BusyEntry e) {
        BusyForm f = new BusyForm();
        f.when = e.date() != null ? "date" : e.weekday() != null ? e.weekday().name() : "every";
        f.date = e.date();
        for (int i = 0; i < e.turns().length(); i++) {
            if (e.busyInTurn(i)) {
                f.turns.add(i);
            }
        }
        f.optional = !e.required();
        f.reason = e.reason();
        f.version = e.version();
        return f;
    }

    BusyEntry toEntry(Long id, String personId, int turnCount) {
        StringBuilder pattern = new StringBuilder("0".repeat(turnCount));
        for (Integer t : turns) {
            if (t != null && t >= 0 && t < turnCount) {
                pattern.setCharAt(t, '1');
            }
        }
        DayOfWeek weekday = null;
        LocalDate on = null;
        if ("date".equals(when)) {
            on = date;
            if (on == null) {
                throw org.tomatic.system.ValidationException.of("when", "busy.error.date");
            }
        } else if (when != null && !"every".equals(when)) {
            try {
                weekday = DayOfWeek.valueOf(when);
            } catch (IllegalArgumentException e) {
                throw org.tomatic.system.ValidationException.of("when", "busy.error.weekday");
            }
        }
        return new BusyEntry(id, personId, weekday, on, pattern.toString(), !optional,
            reason == null ? null : reason.trim(), version);
    }

    public String getWhen() { return when; }
    public void setWhen(String when) { this.when = when; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public List<Integer> getTurns() { return turns; }
    public void setTurns(List<Integer> turns) { this.turns = turns; }
    public boolean isOptional() { return optional; }
    public void setOptional(boolean optional) { this.optional = optional; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
