package org.tomatic.planner;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tomatic.planner.solver.Problem;
import org.tomatic.planner.solver.Progress;
import org.tomatic.planner.solver.SearchControl;
import org.tomatic.planner.solver.Solution;
import org.tomatic.planner.solver.SolverSettings;
import org.tomatic.planner.solver.TimetableSolver;
import org.tomatic.planner.solver.UnsolvableException;
import org.tomatic.system.AuditLog;
import org.tomatic.system.ClusterEvents;
import org.tomatic.system.ConflictException;
import org.tomatic.system.NotFoundException;
import org.tomatic.system.TextLimits;
import org.tomatic.system.ValidationException;
import org.tomatic.system.Weekdays;
import org.tomatic.timetable.Change;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetablePublished;
import org.tomatic.timetable.TimetableRepository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Planning runs: queued, searched one at a time in the background, their progress saved as it
 * improves (so a page reload or a stop loses nothing), and published as the week's timetable.
 * <p>
 * With several instances on one database each queued run is claimed by one of them
 * ({@code FOR UPDATE SKIP LOCKED}; an idle instance takes the runs queued on a busy one). The instance
 * searching a run says so every {@code tomatic.planner.heartbeat-every}; a run whose instance has been silent
 * for {@code tomatic.planner.heartbeat-timeout} (it died) is marked interrupted, keeping its best timetable,
 * and can be {@link #relaunch relaunched} on any instance. A stop asked on another instance reaches the
 * searching one through {@link ClusterEvents}.
 */
@Service
public class PlanningRuns {

    private static final Logger log = LoggerFactory.getLogger(PlanningRuns.class);
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final PlanningRunRepository runs;
    private final WeekProblems weeks;
    private final TimetableRepository timetables;
    private final RunEvents events;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "planner");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, SearchControl> searching = new ConcurrentHashMap<>();
    private final ClusterEvents cluster;
    private final org.springframework.transaction.support.TransactionTemplate transaction;
    private final Duration heartbeatEvery;
    private final Duration heartbeatTimeout;
    private volatile java.util.concurrent.ScheduledExecutorService heartbeat;

    static final String QUEUED = "run-queued";
    static final String STOP = "run-stop";

    public PlanningRuns(PlanningRunRepository runs, WeekProblems weeks, TimetableRepository timetables,
                        RunEvents events, AuditLog audit, ApplicationEventPublisher publisher, Clock clock,
                        ClusterEvents cluster, org.springframework.transaction.PlatformTransactionManager transactions,
                        @org.springframework.beans.factory.annotation.Value("${tomatic.planner.heartbeat-every:10s}") Duration heartbeatEvery,
                        @org.springframework.beans.factory.annotation.Value("${tomatic.planner.heartbeat-timeout:60s}") Duration heartbeatTimeout) {
        this.runs = runs;
        this.weeks = weeks;
        this.timetables = timetables;
        this.events = events;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
        this.cluster = cluster;
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.heartbeatEvery = heartbeatEvery;
        this.heartbeatTimeout = heartbeatTimeout;
        // Another instance queued a run (this one may be idle), or was asked to stop one searched here.
        cluster.on(QUEUED, id -> worker.submit(this::work), () -> worker.submit(this::work));
        cluster.on(STOP, id -> {
            SearchControl control = searching.get(Long.parseLong(id));
            if (control != null) {
                control.stop();
            }
        }, () -> { });
    }

    /**
     * Runs that were searching when Tomatic stopped keep their best timetable; queued ones go on. Alone on its
     * database, every running run was this instance's; with others, only those nobody searches any more
     * (silent for the heartbeat timeout) are interrupted, now or by the heartbeat later.
     */
    @EventListener
    void resumeAfterRestart(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof org.springframework.boot.web.server.context.WebServerApplicationContext)) {
            return; // a CLI command must not touch the server's runs
        }
        if (!cluster.enabled()) {
            for (PlanningRun run : runs.inState(PlanningRun.State.RUNNING)) {
                runs.finished(run.id(), run.bestCost() != null ? PlanningRun.State.STOPPED : PlanningRun.State.FAILED,
                    false, "interrupted: Tomatic was restarted", now());
            }
        } else {
            interruptAbandoned();
        }
        worker.submit(this::work);
        if (cluster.enabled()) {
            heartbeat = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "planner-heartbeat");
                t.setDaemon(true);
                return t;
            });
            heartbeat.scheduleWithFixedDelay(this::beat, heartbeatEvery.toMillis(), heartbeatEvery.toMillis(),
                java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void shutdown() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
        searching.values().forEach(SearchControl::stop);
        worker.shutdownNow();
    }

    /** Says this instance still searches its runs, and ends those whose instance went silent. */
    private void beat() {
        try {
            runs.heartbeat(List.copyOf(searching.keySet()), cluster.instanceName(), now());
            if (interruptAbandoned() > 0) {
                worker.submit(this::work);
            }
        } catch (RuntimeException e) {
            log.warn("Planner heartbeat: {}", e.toString());
        }
    }

    /** Marks the runs nobody searches any more as interrupted (their best timetable kept); how many. */
    int interruptAbandoned() {
        Instant before = now().minus(heartbeatTimeout);
        int n = 0;
        for (PlanningRunRepository.Stale run : runs.stale(before)) {
            if (searching.containsKey(run.id())) {
                continue;
            }
            PlanningRun.State state = run.hasTimetable() ? PlanningRun.State.STOPPED : PlanningRun.State.FAILED;
            if (runs.interrupt(run.id(), state, "interrupted: the instance searching it ("
                + (run.claimedBy() == null ? "?" : run.claimedBy()) + ") stopped; relaunch it", before, now())) {
                log.warn("Planning run {} interrupted: its instance {} went silent", run.id(), run.claimedBy());
                events.send(run.id(), "state", state.name());
                n++;
            }
        }
        return n;
    }

    /** Searches queued runs, one after the other, until there are none this instance can claim. */
    private void work() {
        while (!Thread.currentThread().isInterrupted()) {
            Long claimed = transaction.execute(status -> runs.nextQueued()
                .filter(id -> runs.claim(id, cluster.instanceName(), now())).orElse(null));
            if (claimed == null) {
                return;
            }
            search(claimed, p -> { });
        }
    }

    /**
     * Queues the same search again (a run that was interrupted, stopped or failed): a new run, which the
     * first free instance searches.
     */
    public long relaunch(long id, String actor) {
        PlanningRun run = get(id);
        if (run.active()) {
            throw ValidationException.of("run", "The run is still queued or searching.");
        }
        String description = "relaunch of run " + id + (run.description() == null ? "" : ": " + run.description());
        if (description.length() > PlanningRun.MAX_DESCRIPTION) {
            description = description.substring(0, PlanningRun.MAX_DESCRIPTION);
        }
        long again = runs.insert(run.week(), run.lines(), run.linesFromStaffing(), run.timeLimitSeconds(), description,
            actor, now());
        audit.record(actor, "planning-run", String.valueOf(again), "relaunch", "of run " + id + ", week " + run.week());
        queued(again);
        return again;
    }

    /** A new queued run: this instance's worker, or another idle instance's, takes it. */
    private void queued(long id) {
        worker.submit(this::work);
        cluster.publish(QUEUED, String.valueOf(id));
    }

    public List<PlanningRun> all() {
        return runs.all();
    }

    public PlanningRun get(long id) {
        return runs.find(id).orElseThrow(() -> new NotFoundException("No planning run " + id));
    }

    public long launch(LocalDate week, Integer lines, Duration timeLimit, String description, String actor) {
        return launch(week, lines, false, timeLimit, description, actor);
    }

    /**
     * Queues a run; with {@code linesFromStaffing} each turn gets the lines the staffing says it needs,
     * at most {@code lines} (null = the turn grid's).
     */
    public long launch(LocalDate week, Integer lines, boolean linesFromStaffing, Duration timeLimit, String description,
                       String actor) {
        if (week == null || week.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw ValidationException.of("week", "Pick the Monday of the week to plan.");
        }
        if (lines != null && (lines < 1 || lines > 100)) {
            throw ValidationException.of("lines", "Lines must be between 1 and 100.");
        }
        if (timeLimit.isNegative() || timeLimit.isZero() || timeLimit.toSeconds() > 3600) {
            throw ValidationException.of("timeLimit", "The time limit must be between 1 s and 1 h.");
        }
        TextLimits.check("description", "The description", description, PlanningRun.MAX_DESCRIPTION);
        long id = runs.insert(week, lines, linesFromStaffing, (int) timeLimit.toSeconds(), description, actor, now());
        audit.record(actor, "planning-run", String.valueOf(id), "launch", "week " + week
            + (linesFromStaffing ? ", lines from staffing" : ""));
        queued(id);
        return id;
    }

    /** Runs the search now, in this thread (the CLI does; the web app queues it). */
    public PlanningRun runNow(LocalDate week, Integer lines, Duration timeLimit, String description, String actor,
                              java.util.function.Consumer<Progress> listener) {
        return runNow(week, lines, false, timeLimit, description, actor, listener);
    }

    public PlanningRun runNow(LocalDate week, Integer lines, boolean linesFromStaffing, Duration timeLimit,
                              String description, String actor, java.util.function.Consumer<Progress> listener) {
        long id = runs.insert(week, lines, linesFromStaffing, (int) timeLimit.toSeconds(), description, actor, now());
        execute(id, listener);
        return get(id);
    }

    public void stop(long id, String actor) {
        SearchControl control = searching.get(id);
        if (control != null) {
            control.stop();
            audit.record(actor, "planning-run", String.valueOf(id), "stop", null);
        } else if (cluster.enabled() && get(id).state() == PlanningRun.State.RUNNING) {
            // searched by another instance: it stops it
            cluster.publish(STOP, String.valueOf(id));
            audit.record(actor, "planning-run", String.valueOf(id), "stop", null);
        } else if (get(id).state() == PlanningRun.State.QUEUED) {
            runs.finished(id, PlanningRun.State.STOPPED, false, "stopped before it started", now());
            audit.record(actor, "planning-run", String.valueOf(id), "stop", null);
        }
    }

    public void delete(long id, String actor) {
        PlanningRun run = get(id);
        if (run.active()) {
            throw ValidationException.of("run", "Stop the run before deleting it.");
        }
        runs.delete(id);
        audit.record(actor, "planning-run", String.valueOf(id), "delete", "week " + run.week());
    }

    public RunResult result(long id) {
        return runs.result(id).map(json -> JSON.readValue(json, RunResult.class)).orElse(null);
    }

    public RunResult.LoadTable loadTable(long id) {
        return runs.loadTable(id).map(json -> JSON.readValue(json, RunResult.LoadTable.class)).orElse(null);
    }

    /** [[seconds, cost, bound], …] */
    public List<List<Double>> progress(long id) {
        return runs.progress(id).map(json -> JSON.readValue(json, new TypeReference<List<List<Double>>>() { }))
            .orElse(List.of());
    }

    /** How many cells publishing this run would change in the week's current timetable. */
    public int changedCells(long id) {
        PlanningRun run = get(id);
        RunResult result = result(id);
        if (result == null) {
            return 0;
        }
        Timetable next = toTimetable(run, result, Map.of());
        return timetables.find(run.week()).map(current -> differences(current, next)).orElse(next.cells().size());
    }

    /** The version of the run's week now ({@link TimetableRepository#NO_TIMETABLE} if it has no timetable). */
    public int weekVersion(long id) {
        return timetables.version(get(id).week()).orElse(TimetableRepository.NO_TIMETABLE);
    }

    /** Publishes the run over its week as it is now; see {@link #publish(long, Integer, String)}. */
    @Transactional   // a call to this.publish(…) does not go through the transactional proxy
    public int publish(long id, String actor) {
        return publish(id, null, actor);
    }

    /**
     * Makes the run the week's timetable. A week that had one keeps its change log, gets one more
     * entry (kind PUBLISH, which cannot be undone) and a new version, so that edits prepared before
     * are refused as stale; a week without one is created.
     *
     * @param expectedVersion the week's version when the coordinator decided
     *                        ({@link TimetableRepository#NO_TIMETABLE}: it had none); null = as it is now
     * @return how many cells changed
     * @throws ConflictException when someone else published, imported or edited the week meanwhile
     */
    @Transactional
    public int publish(long id, Integer expectedVersion, String actor) {
        PlanningRun run = get(id);
        RunResult result = result(id);
        if (!run.hasTimetable() || result == null) {
            throw ValidationException.of("run", "This run has no timetable to publish.");
        }
        Map<String, Double> overload = new HashMap<>();
        RunResult.LoadTable load = loadTable(id);
        if (load != null) {
            load.persons().forEach(p -> overload.put(p.id(), p.overload()));
        }
        Timetable next = toTimetable(run, result, overload);
        // The version first: if the week changes between this read and the store, the store conflicts.
        int seen = timetables.version(run.week()).orElse(TimetableRepository.NO_TIMETABLE);
        if (expectedVersion != null && expectedVersion != seen) {
            throw stale(run.week());
        }
        Optional<Timetable> current = timetables.find(run.week());
        int changed = current.map(c -> differences(c, next)).orElse(next.cells().size());
        timetables.store(next, seen, now());
        if (current.isPresent()) {
            timetables.addChange(run.week(), Change.wholeWeek(now(), actor, Change.Kind.PUBLISH,
                "published planning run " + id + ": " + changed + (changed == 1 ? " cell" : " cells")
                    + " changed (a publish cannot be undone)"));
        }
        runs.published(id, now());
        audit.record(actor, "timetable", run.week().toString(), "publish", "from planning run " + id + ", cost "
            + run.bestCost() + ", " + changed + " cells changed");
        publisher.publishEvent(new TimetablePublished(run.week(), id, actor, changed));
        return changed;
    }

    private static ConflictException stale(LocalDate week) {
        return new ConflictException("Someone else published or changed the timetable of the week of " + week
            + " since you looked at it. Look at the run again and publish it if it is still what you want.");
    }

    /** Claims the queued run and searches it here (false: it was not queued, or another instance has it). */
    private boolean execute(long id, java.util.function.Consumer<Progress> extraListener) {
        if (!Boolean.TRUE.equals(transaction.execute(status -> runs.claim(id, cluster.instanceName(), now())))) {
            return false;
        }
        search(id, extraListener);
        return true;
    }

    private void search(long id, java.util.function.Consumer<Progress> extraListener) {
        PlanningRun run = runs.find(id).orElse(null);
        if (run == null) {
            return;
        }
        events.send(id, "state", "RUNNING");
        SearchControl control = new SearchControl();
        searching.put(id, control);
        List<List<Double>> progress = new ArrayList<>();
        long[] lastSaved = {0};
        try {
            PlanningInput input = weeks.prepare(run.week(), run.lines(), run.linesFromStaffing(), false);
            runs.loadTable(id, JSON.writeValueAsString(new RunResult.LoadTable(input.load().persons(),
                input.load().cells(), input.load().nobodyLoad(), input.load().lines(), input.load().droppedLines(),
                input.warnings())));
            Problem problem = input.problem();
            Solution solution = TimetableSolver.solve(problem, SolverSettings.defaults()
                .withTimeLimit(Duration.ofSeconds(run.timeLimitSeconds())), p -> {
                    progress.add(List.of(round(p.elapsedSeconds()), (double) p.cost(), round(p.bound())));
                    // The best timetable is saved at most once a second while the search improves quickly.
                    if (System.nanoTime() - lastSaved[0] > 1_000_000_000L) {
                        saveProgress(id, problem, p.details(), p.bound(), p.timetable(), progress);
                        lastSaved[0] = System.nanoTime();
                    }
                    events.send(id, "progress", Map.of("t", round(p.elapsedSeconds()), "cost", p.cost(),
                        "bound", round(p.bound())));
                    extraListener.accept(p);
                }, control);
            saveProgress(id, problem, solution.cost(), solution.bound(), solution.timetable(), progress);
            PlanningRun.State state = control.stopRequested() && !solution.optimal()
                ? PlanningRun.State.STOPPED : PlanningRun.State.DONE;
            runs.finished(id, state, solution.optimal(), String.join("\n", input.warnings()), now());
            events.send(id, "state", state.name());
        } catch (UnsolvableException | IllegalArgumentException e) {
            runs.finished(id, PlanningRun.State.FAILED, false, e.getMessage(), now());
            events.send(id, "state", "FAILED");
        } catch (RuntimeException e) {
            log.error("Planning run {} failed", id, e);
            runs.finished(id, PlanningRun.State.FAILED, false, "the planner failed: " + e, now());
            events.send(id, "state", "FAILED");
        } finally {
            searching.remove(id);
        }
    }

    private void saveProgress(long id, Problem problem, org.tomatic.planner.solver.Cost cost, double bound,
                              Map<String, List<List<String>>> timetable, List<List<Double>> progress) {
        int cells = problem.cells();
        int filled = (int) problem.workingDays().stream().flatMap(d -> timetable.get(d).stream())
            .flatMap(List::stream).filter(p -> !Problem.NOBODY.equals(p)).count();
        List<RunResult.HoleReason> holes = Solution.holes(problem, timetable).stream()
            .map(h -> new RunResult.HoleReason(h.slot().day(), h.slot().turn(), h.emptyLines(), h.busyPeople()))
            .toList();
        RunResult result = new RunResult(timetable, cost.breakdown(), cost.penalties(), holes, problem.days(),
            problem.hours());
        runs.progress(id, cost.total(), bound, filled, cells, JSON.writeValueAsString(progress),
            JSON.writeValueAsString(result));
        events.saved(id);
    }

    private static Timetable toTimetable(PlanningRun run, RunResult result, Map<String, Double> overload) {
        List<DayOfWeek> days = result.days().stream().map(Weekdays::require).toList();
        Map<DayOfWeek, List<List<String>>> byDay = new java.util.EnumMap<>(DayOfWeek.class);
        // With lines from staffing some turns have fewer lines: the week keeps the widest, the others' extra lines empty.
        int lines = result.timetable().values().stream().flatMap(List::stream).mapToInt(List::size).max().orElse(0);
        days.forEach(day -> byDay.put(day, result.timetable().get(Weekdays.code(day)).stream()
            .map(turn -> padded(turn, lines)).toList()));
        List<Timetable.Cell> cells = Timetable.cells(byDay, Problem.NOBODY, "festiu");
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            labels.add("L" + i);
        }
        return new Timetable(run.week(), days, result.hours(), labels, cells, Timetable.State.PUBLISHED,
            run.bestCost() == null ? null : run.bestCost().doubleValue(), List.of(),
            result.penalties().stream().map(PlanningRuns::penalty).toList(), overload,
            Timetable.PeopleSnapshot.EMPTY);
    }

    private static List<String> padded(List<String> turn, int lines) {
        List<String> full = new ArrayList<>(turn);
        String filler = !turn.isEmpty() && "festiu".equals(turn.get(0)) ? "festiu" : Problem.NOBODY;
        while (full.size() < lines) {
            full.add(filler);
        }
        return full;
    }

    /** Cells whose person differs, lines being interchangeable within a turn. */
    static int differences(Timetable current, Timetable next) {
        Map<String, List<String>> before = byTurn(current);
        Map<String, List<String>> after = byTurn(next);
        int changed = 0;
        java.util.Set<String> keys = new java.util.HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            List<String> a = new ArrayList<>(before.getOrDefault(key, List.of()));
            List<String> b = new ArrayList<>(after.getOrDefault(key, List.of()));
            for (String p : new ArrayList<>(a)) {
                if (b.remove(p)) {
                    a.remove(p);
                }
            }
            changed += Math.max(a.size(), b.size());
        }
        return changed;
    }

    private static Map<String, List<String>> byTurn(Timetable t) {
        Map<String, List<String>> turns = new HashMap<>();
        for (Timetable.Cell c : t.cells()) {
            turns.computeIfAbsent(c.day() + "/" + c.turn(), k -> new ArrayList<>())
                .add(c.holiday() ? "festiu" : c.personId() == null ? Problem.NOBODY : c.personId());
        }
        return turns;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private Instant now() {
        return clock.instant();
    }

    /** The solver's penalty as the week keeps it: its parts too, with the day as a weekday. */
    static Timetable.Penalty penalty(org.tomatic.planner.solver.Penalty p) {
        return new Timetable.Penalty(p.cost(), p.reason(), p.term(), p.person(),
            p.day() == null ? null : Weekdays.parse(p.day()).orElse(null), p.turn(), p.amount(), p.detail());
    }
}
