package org.tomatic.timetable;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tomatic.system.ConflictException;
import org.tomatic.system.TextLimits;
import org.tomatic.system.NotFoundException;
import org.tomatic.system.Utc;

/**
 * Agents swap turns among themselves: one asks, the colleague accepts (the hard rules are checked
 * then, and the swap is logged like any edit) or declines. Coordinators hear of both through events.
 */
@Service
public class SwapRequests {

    public enum State { PENDING, ACCEPTED, DECLINED, FAILED }

    /** The longest reason and outcome (swap_request.reason, swap_request.outcome). */
    public static final int MAX_REASON = 500;
    public static final int MAX_OUTCOME = 500;

    public record SwapRequest(long id, LocalDate week, String requester, String fromCell, String colleague,
                              String toCell, String reason, State state, String outcome, Instant createdAt) {}

    /** Someone asked a colleague for a swap, or a swap request was decided. */
    public record SwapRequestEvent(SwapRequest request) {}

    private final JdbcClient jdbc;
    private final TimetableRepository timetables;
    private final TimetableEditor editor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public SwapRequests(JdbcClient jdbc, TimetableRepository timetables, TimetableEditor editor,
                        ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.timetables = timetables;
        this.editor = editor;
        this.events = events;
        this.clock = clock;
    }

    /** cells as DAY/turn/line; the first must be the requester's own, the second a colleague's. */
    @Transactional
    public SwapRequest request(LocalDate week, String mine, String theirs, String reason, String requester) {
        TextLimits.check("reason", "The reason", reason == null ? null : reason.trim(), MAX_REASON);
        Timetable t = timetables.find(week).orElseThrow(() -> new NotFoundException("No timetable for " + week));
        Timetable.Cell own = cell(t, mine);
        Timetable.Cell other = cell(t, theirs);
        if (!requester.equals(own.personId())) {
            throw new EditRejected("You can only offer a turn of your own.", false, "notYours");
        }
        if (other.personId() == null || other.personId().equals(requester)) {
            throw new EditRejected("Pick a colleague's turn.", false, "notColleague");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO swap_request (week, requester, from_cell, colleague, to_cell, reason, state, created_at)
                VALUES (:w, :r, :from, :c, :to, :reason, 'PENDING', :now)""")
            .param("w", week).param("r", requester).param("from", mine).param("c", other.personId())
            .param("to", theirs).param("reason", reason == null || reason.isBlank() ? null : reason.trim())
            .param("now", Utc.db(clock.instant())).update(keys, "id");
        SwapRequest request = get(keys.getKey().longValue());
        events.publishEvent(new SwapRequestEvent(request));
        return request;
    }

    /**
     * The colleague (only them) accepts or declines; accepting swaps the turns if the rules allow.
     * Not one transaction: a swap the rules refuse must still leave the request marked as failed.
     */
    public SwapRequest decide(long id, boolean accept, String who) {
        SwapRequest request = get(id);
        if (!request.colleague().equals(who)) {
            throw new AccessDeniedException("Only " + request.colleague() + " can answer this request");
        }
        if (request.state() != State.PENDING) {
            throw new EditRejected("This request was already answered.", false, "answered");
        }
        State state = State.DECLINED;
        String outcome = null;
        if (accept) {
            try {
                Timetable t = timetables.find(request.week()).orElseThrow();
                if (!request.requester().equals(cell(t, request.fromCell()).personId())
                    || !request.colleague().equals(cell(t, request.toCell()).personId())) {
                    throw new EditRejected("The timetable changed since the request: the turns are no longer the same.",
                        false, "changedSince");
                }
                editor.swap(request.week(), ref(request.fromCell()), ref(request.toCell()),
                    Change.fitted("swap agreed by " + request.requester() + " and " + who
                        + (request.reason() == null ? "" : ": " + request.reason())),
                    timetables.version(request.week()).orElse(0), false, who);
                state = State.ACCEPTED;
            } catch (EditRejected | ConflictException e) {
                state = State.FAILED;
                outcome = e.getMessage() == null || e.getMessage().length() <= MAX_OUTCOME ? e.getMessage()
                    : e.getMessage().substring(0, MAX_OUTCOME - 1) + "…"; // it can quote a busy reason
            }
        }
        jdbc.sql("UPDATE swap_request SET state = :s, outcome = :o, decided_at = :now WHERE id = :id")
            .param("s", state.name()).param("o", outcome).param("now", Utc.db(clock.instant())).param("id", id)
            .update();
        SwapRequest decided = get(id);
        events.publishEvent(new SwapRequestEvent(decided));
        return decided;
    }

    /** Requests nobody has answered yet, of this week and later ones, oldest first. */
    public List<SwapRequest> pending(LocalDate fromWeek) {
        return jdbc.sql("SELECT * FROM swap_request WHERE state = 'PENDING' AND week >= :w ORDER BY week, id")
            .param("w", fromWeek).query((rs, n) -> map(rs)).list();
    }

    public List<SwapRequest> ofWeek(LocalDate week) {
        return jdbc.sql("SELECT * FROM swap_request WHERE week = :w ORDER BY id DESC").param("w", week)
            .query((rs, n) -> map(rs)).list();
    }

    public SwapRequest get(long id) {
        return jdbc.sql("SELECT * FROM swap_request WHERE id = :id").param("id", id).query((rs, n) -> map(rs))
            .optional().orElseThrow(() -> new NotFoundException("No swap request " + id));
    }

    private static SwapRequest map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SwapRequest(rs.getLong("id"), rs.getObject("week", LocalDate.class), rs.getString("requester"),
            rs.getString("from_cell"), rs.getString("colleague"), rs.getString("to_cell"), rs.getString("reason"),
            State.valueOf(rs.getString("state")), rs.getString("outcome"),
            Utc.read(rs, "created_at"));
    }

    static TimetableEditor.CellRef ref(String key) {
        String[] p = key.split("/");
        if (p.length != 3) {
            throw new EditRejected("Not a cell: " + key, false);
        }
        try {
            return new TimetableEditor.CellRef(DayOfWeek.valueOf(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        } catch (IllegalArgumentException e) {
            throw new EditRejected("Not a cell: " + key, false);
        }
    }

    private static Timetable.Cell cell(Timetable t, String key) {
        TimetableEditor.CellRef r = ref(key);
        return t.cells().stream().filter(c -> c.day() == r.day() && c.turn() == r.turn() && c.line() == r.line())
            .findFirst().orElseThrow(() -> new EditRejected("No cell " + key + " in that week.", false));
    }
}
