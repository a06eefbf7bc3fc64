package org.tomatic.timetable.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Service;

import org.tomatic.people.PersonRepository;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;

/**
 * iCalendar feeds of the published turns, past 4 and next 8 weeks: one event per contiguous block
 * of a person's turns in a day, in local time with the zone's VTIMEZONE, a stable UID (person,
 * date, first turn) and a reminder 15 minutes before.
 */
@Service
public class CalendarFeed {

    static final int WEEKS_BACK = 4;
    static final int WEEKS_AHEAD = 8;

    private final TimetableRepository timetables;
    private final TurnGridRepository grid;
    private final PersonRepository people;

    public CalendarFeed(TimetableRepository timetables, TurnGridRepository grid, PersonRepository people) {
        this.timetables = timetables;
        this.grid = grid;
        this.people = people;
    }

    /** personId null = everyone's turns (the team feed). */
    public String feed(String personId, LocalDate today) {
        TurnGrid turnGrid = grid.get();
        ZoneId zone = turnGrid.timeZone();
        Map<String, String> names = new TreeMap<>();
        people.findAll().forEach(p -> names.put(p.id(), p.name()));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Tomatic//Phone turns//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId()).getVTimeZone());
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate week = monday.minusWeeks(WEEKS_BACK); !week.isAfter(monday.plusWeeks(WEEKS_AHEAD));
             week = week.plusWeeks(1)) {
            timetables.find(week).filter(t -> t.state() == Timetable.State.PUBLISHED)
                .ifPresent(t -> blocks(t, personId).forEach(b -> calendar.add(event(b, t, zone, names))));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** Consecutive turns of one person on one day. */
    record Block(String person, LocalDate date, int firstTurn, int lastTurn) {}

    static List<Block> blocks(Timetable t, String personId) {
        Map<String, TreeSet<Integer>> turns = new TreeMap<>();
        for (Timetable.Cell c : t.cells()) {
            if (c.personId() != null && (personId == null || personId.equals(c.personId()))) {
                turns.computeIfAbsent(c.personId() + "|" + c.day(), k -> new TreeSet<>()).add(c.turn());
            }
        }
        List<Block> blocks = new ArrayList<>();
        turns.forEach((key, set) -> {
            String person = key.substring(0, key.indexOf('|'));
            LocalDate date = t.week().plusDays(DayOfWeek.valueOf(key.substring(key.indexOf('|') + 1)).getValue() - 1);
            Integer start = null;
            Integer previous = null;
            for (int turn : set) {
                if (start == null) {
                    start = turn;
                } else if (turn != previous + 1) {
                    blocks.add(new Block(person, date, start, previous));
                    start = turn;
                }
                previous = turn;
            }
            blocks.add(new Block(person, date, start, previous));
        });
        return blocks;
    }

    private static VEvent event(Block b, Timetable t, ZoneId zone, Map<String, String> names) {
        ZonedDateTime start = b.date().atTime(LocalTime.parse(t.boundaries().get(b.firstTurn()))).atZone(zone);
        ZonedDateTime end = b.date().atTime(LocalTime.parse(t.boundaries().get(b.lastTurn() + 1))).atZone(zone);
        String who = names.getOrDefault(b.person(), b.person());
        VEvent event = new VEvent(start, end, "Phone: " + who);
        event.add(new Uid("tomatic-" + b.person() + "-" + b.date() + "-" + b.firstTurn() + "@tomatic"));
        event.add(new Description(who + " is on the phone from " + t.boundaries().get(b.firstTurn()) + " to "
            + t.boundaries().get(b.lastTurn() + 1) + "."));
        VAlarm alarm = new VAlarm(Duration.ofMinutes(-15));
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description("Phone turn in 15 minutes"));
        event.add(alarm);
        return event;
    }

}
