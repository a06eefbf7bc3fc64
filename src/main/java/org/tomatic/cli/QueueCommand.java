package org.tomatic.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;
import org.tomatic.pbx.LiveMember;
import org.tomatic.pbx.Pbx;
import org.tomatic.pbx.PbxException;
import org.tomatic.pbx.PbxHealth;
import org.tomatic.pbx.PbxProperties;
import org.tomatic.pbx.QueueActions;
import org.tomatic.pbx.QueueChange;
import org.tomatic.pbx.QueueSnapshot;
import org.tomatic.pbx.WaitingCaller;
import org.tomatic.pbx.switching.QueuePlan;
import org.tomatic.pbx.switching.QueueSwitcher;
import org.tomatic.system.TurnGridRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tomatic queue …}: the phone queue of the configured PBX, by hand. */
@Command(name = "queue", description = "Show or change the phone queue of the configured PBX.",
    subcommands = {QueueCommand.Show.class, QueueCommand.Set.class, QueueCommand.Preview.class, QueueCommand.Pause.class,
        QueueCommand.Resume.class, QueueCommand.Add.class, QueueCommand.Remove.class, QueueCommand.Clear.class})
class QueueCommand implements Runnable {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs {@code action} with the PBX connected; PBX errors become {@code error: …} and exit code 1. */
    static int withPbx(CommandSpec spec, Function<ConfigurableApplicationContext, String> action) {
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = SpringContext.start()) {
            Pbx pbx = context.getBean(Pbx.class);
            awaitConnection(pbx, context.getBean(PbxProperties.class).asterisk().timeout());
            String out = action.apply(context);
            if (out != null && !out.isEmpty()) {
                spec.commandLine().getOut().print(out);
                spec.commandLine().getOut().flush();
            }
            return 0;
        } catch (PbxException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static void awaitConnection(Pbx pbx, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        PbxHealth health = pbx.health();
        while (!health.up() && System.nanoTime() < end) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            health = pbx.health();
        }
        if (!health.up()) {
            throw new PbxException("PBX unreachable: " + health.detail());
        }
    }

    static String describe(QueueSnapshot q, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Queue %s: %d member(s), %d waiting%n", q.queue(), q.members().size(), q.callers().size()));
        if (!q.members().isEmpty()) {
            out.append(String.format("%-22s %-20s %-12s %-24s %6s  %s%n", "member", "name", "state", "paused", "calls", "last call"));
        }
        for (LiveMember m : q.members()) {
            String paused = m.paused() ? "yes" + (m.pausedReason() == null || m.pausedReason().isBlank() ? "" : ": " + m.pausedReason()) : "-";
            String last = m.lastCall() == null ? "never" : HH_MM.format(m.lastCall().atZone(zone));
            out.append(String.format("%-22s %-20s %-12s %-24s %6d  %s%n", m.memberInterface(), m.name(),
                m.state().name().toLowerCase().replace('_', ' '), paused, m.callsTaken(), last));
        }
        for (WaitingCaller c : q.callers()) {
            out.append(String.format("  waiting %d: %s since %s%n", c.position(), c.callerNumber(), HH_MM.format(c.since().atZone(zone))));
        }
        return out.toString();
    }

    static String describe(QueuePlan plan) {
        StringBuilder out = new StringBuilder();
        out.append(plan.slot().date()).append(' ').append(plan.slot().label()).append(": ");
        out.append(plan.people().isEmpty() ? "nobody" : String.join(", ",
            plan.people().stream().map(p -> p.personId() + " (" + p.member().memberInterface() + ")").toList()));
        out.append(System.lineSeparator());
        if (!plan.withoutExtension().isEmpty()) {
            out.append("without extension (left out): ").append(String.join(", ", plan.withoutExtension()))
                .append(System.lineSeparator());
        }
        return out.toString();
    }

    static String describe(QueueChange change) {
        StringBuilder out = new StringBuilder(String.format("added: %s%nremoved: %s%nkept: %d%n",
            change.added().isEmpty() ? "-" : String.join(", ", change.added()),
            change.removed().isEmpty() ? "-" : String.join(", ", change.removed()), change.kept().size()));
        change.failed().forEach((iface, why) -> out.append(String.format("refused: %s: %s%n", iface, why)));
        return out.toString();
    }

    /** {@code --date D --time HH:MM} (default now), in the turn grid's time zone. */
    static class When {
        @Option(names = "--date", paramLabel = "D", description = "day (YYYY-MM-DD), default today")
        LocalDate date;

        @Option(names = "--time", paramLabel = "HH:MM", description = "time of day, default now")
        LocalTime time;

        Instant instant(ConfigurableApplicationContext context) {
            ZoneId zone = context.getBean(TurnGridRepository.class).get().timeZone();
            java.time.ZonedDateTime now = java.time.ZonedDateTime.now(context.getBean(java.time.Clock.class)).withZoneSameInstant(zone);
            return now.with(date == null ? now.toLocalDate() : date).with(time == null ? now.toLocalTime() : time)
                .toInstant();
        }
    }

    @Command(name = "show", description = "The queue's members (state, pause, calls) and waiting callers.")
    static class Show implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return withPbx(spec, c -> describe(c.getBean(Pbx.class).read(), c.getBean(TurnGridRepository.class).get().timeZone()));
        }
    }

    @Command(name = "set", description = "Set the queue to the people of the timetable at a moment (default now).")
    static class Set implements Callable<Integer> {
        @Spec CommandSpec spec;
        @picocli.CommandLine.Mixin When when = new When();

        @Override
        public Integer call() {
            return withPbx(spec, c -> {
                QueueSwitcher switcher = c.getBean(QueueSwitcher.class);
                QueuePlan plan = switcher.planAt(when.instant(c));
                return describe(plan) + describe(switcher.setTo(plan, "cli"));
            });
        }
    }

    @Command(name = "preview", description = "Who the queue would hold at a moment (default now); changes nothing.")
    static class Preview implements Callable<Integer> {
        @Spec CommandSpec spec;
        @picocli.CommandLine.Mixin When when = new When();

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext c = SpringContext.start()) {
                spec.commandLine().getOut().print(describe(c.getBean(QueueSwitcher.class).planAt(when.instant(c))));
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }

    /** A change to one person's membership: what it does, given the actions and the person's interface. */
    interface PersonAction {
        void apply(QueueActions actions, String memberInterface);
    }

    /** Runs {@code action} on {@code person}'s queue member and says so ("paused anna"). */
    static int onPerson(CommandSpec spec, String person, String done, PersonAction action) {
        return withPbx(spec, c -> {
            QueueActions actions = c.getBean(QueueActions.class);
            action.apply(actions, actions.memberOf(person).memberInterface());
            return done + " " + person + System.lineSeparator();
        });
    }

    @Command(name = "pause", description = "Pause a person in the queue (calls stop ringing their phone).")
    static class Pause implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "PERSON") String person;
        @Option(names = "--reason", paramLabel = "R") String reason;

        @Override
        public Integer call() {
            return onPerson(spec, person, "paused", (actions, member) -> actions.pause("cli", member, reason));
        }
    }

    @Command(name = "resume", description = "Resume a paused person.")
    static class Resume implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "PERSON") String person;

        @Override
        public Integer call() {
            return onPerson(spec, person, "resumed", (actions, member) -> actions.resume("cli", member));
        }
    }

    @Command(name = "add", description = "Add a person to the queue.")
    static class Add implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "PERSON") String person;

        @Override
        public Integer call() {
            return onPerson(spec, person, "added", (actions, member) -> actions.add("cli", person));
        }
    }

    @Command(name = "remove", description = "Remove a person from the queue.")
    static class Remove implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "PERSON") String person;

        @Override
        public Integer call() {
            return onPerson(spec, person, "removed", (actions, member) -> actions.remove("cli", member));
        }
    }

    @Command(name = "clear", description = "Remove everybody from the queue.")
    static class Clear implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return withPbx(spec, c -> describe(c.getBean(QueueActions.class).clear("cli")));
        }
    }

}
