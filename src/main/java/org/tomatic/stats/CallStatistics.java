package org.tomatic.stats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tomatic.pbx.CallCounts;

/** The queue's figures per day, hour and agent, from the recorded calls. */
@Service
public class CallStatistics implements CallCounts {

    private final JdbcClient jdbc;
    private final StatsProperties properties;

    public CallStatistics(JdbcClient jdbc, StatsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The calls that joined the queue between two days (inclusive), oldest first. */
    public List<QueueCall> calls(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT * FROM queue_call WHERE joined_at >= :from AND joined_at < :to ORDER BY joined_at, id")
            .param("from", from.atStartOfDay()).param("to", to.plusDays(1).atStartOfDay())
            .query(CallStatistics::row).list();
    }

    /** How many of the day's calls were answered and abandoned so far: the queue board's counters. */
    @Override
    public CallCounts.Day countsOn(LocalDate date) {
        Map<QueueCall.Outcome, Integer> counts = new java.util.EnumMap<>(QueueCall.Outcome.class);
        jdbc.sql("""
                SELECT outcome, COUNT(*) AS calls FROM queue_call WHERE joined_at >= :from AND joined_at < :to
                GROUP BY outcome""")
            .param("from", date.atStartOfDay()).param("to", date.plusDays(1).atStartOfDay())
            .query((ResultSet rs) -> {
                counts.put(QueueCall.Outcome.valueOf(rs.getString("outcome")), rs.getInt("calls"));
            });
        return new CallCounts.Day(counts.getOrDefault(QueueCall.Outcome.ANSWERED, 0),
            counts.getOrDefault(QueueCall.Outcome.ABANDONED, 0));
    }

    public DayFigures.Report day(LocalDate date) {
        List<QueueCall> calls = calls(date, date);
        Map<Integer, List<QueueCall>> byHour = calls.stream()
            .collect(Collectors.groupingBy(c -> c.joinedAt().getHour(), TreeMap::new, Collectors.toList()));
        Map<String, List<QueueCall>> byAgent = calls.stream().filter(c -> c.personId() != null)
            .collect(Collectors.groupingBy(QueueCall::personId, TreeMap::new, Collectors.toList()));
        List<DayFigures> hours = new ArrayList<>();
        byHour.forEach((h, list) -> hours.add(figures(date, String.format("%02d:00", h), list)));
        List<DayFigures> agents = new ArrayList<>();
        byAgent.forEach((p, list) -> agents.add(figures(date, p, list)));
        return new DayFigures.Report(figures(date, date.toString(), calls), hours, agents, properties.serviceLevelSeconds());
    }

    /** One line per day between two days (inclusive), days without calls included. */
    public List<DayFigures> days(LocalDate from, LocalDate to) {
        Map<LocalDate, List<QueueCall>> byDay = calls(from, to).stream()
            .collect(Collectors.groupingBy(c -> c.joinedAt().toLocalDate()));
        List<DayFigures> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(figures(d, d.toString(), byDay.getOrDefault(d, List.of())));
        }
        return days;
    }

    /** Average calls received per hour of each weekday over the days given (weekday → hour → calls a day). */
    public Map<DayOfWeek, Map<Integer, Double>> perHourByWeekday(LocalDate from, LocalDate to) {
        Map<DayOfWeek, Integer> weekdays = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            weekdays.merge(d.getDayOfWeek(), 1, Integer::sum);
        }
        Map<DayOfWeek, Map<Integer, Double>> result = new TreeMap<>();
        for (QueueCall c : calls(from, to)) {
            result.computeIfAbsent(c.joinedAt().getDayOfWeek(), k -> new TreeMap<>())
                .merge(c.joinedAt().getHour(), 1.0 / weekdays.get(c.joinedAt().getDayOfWeek()), Double::sum);
        }
        return result;
    }

    DayFigures figures(LocalDate date, String label, List<QueueCall> calls) {
        int threshold = properties.serviceLevelSeconds();
        int received = calls.size();
        List<QueueCall> answered = calls.stream().filter(c -> c.outcome() == QueueCall.Outcome.ANSWERED).toList();
        int abandoned = (int) calls.stream().filter(c -> c.outcome() == QueueCall.Outcome.ABANDONED).count();
        int unanswered = (int) calls.stream().filter(c -> c.outcome() == QueueCall.Outcome.LEFT).count();
        int within = (int) answered.stream().filter(c -> c.waitSeconds() != null && c.waitSeconds() <= threshold).count();
        Double level = received == 0 ? null : 100.0 * within / received;
        Double averageWait = answered.isEmpty() ? null
            : answered.stream().mapToInt(c -> c.waitSeconds() == null ? 0 : c.waitSeconds()).average().orElse(0);
        Integer maxWait = calls.stream().map(QueueCall::waitSeconds).filter(w -> w != null).max(Integer::compare).orElse(null);
        Double averageTalk = answered.stream().map(QueueCall::talkSeconds).filter(t -> t != null)
            .mapToInt(Integer::intValue).average().stream().boxed().findFirst().orElse(null);
        int outOfHours = (int) calls.stream().filter(QueueCall::outOfHours).count();
        return new DayFigures(date, label, received, answered.size(), abandoned, unanswered, within, level, averageWait,
            maxWait, averageTalk, outOfHours);
    }

    private static QueueCall row(ResultSet rs, int n) throws SQLException {
        QueueCall.Outcome outcome = QueueCall.Outcome.valueOf(rs.getString("outcome"));
        LocalDateTime ended = rs.getObject("ended_at", LocalDateTime.class);
        if (outcome == QueueCall.Outcome.WAITING && ended != null) {
            outcome = QueueCall.Outcome.LEFT;
        }
        return new QueueCall(rs.getString("call_ref"), rs.getString("caller_number"), time(rs.getTimestamp("joined_at")),
            time(rs.getTimestamp("answered_at")), ended, rs.getString("person_id"), outcome,
            (Integer) rs.getObject("wait_seconds"), (Integer) rs.getObject("talk_seconds"), rs.getInt("unanswered_rings"),
            rs.getBoolean("out_of_hours"));
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

}
