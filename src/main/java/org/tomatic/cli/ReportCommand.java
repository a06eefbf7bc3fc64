package org.tomatic.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.tomatic.notifications.Deliveries;
import org.tomatic.notifications.Delivery;
import org.tomatic.stats.DailyReport;
import org.tomatic.system.TurnGridRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tomatic report daily [--date D] [--send]}. */
@Command(name = "report", description = "Reports of the phone queue.", subcommands = ReportCommand.Daily.class)
class ReportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "daily", description = "A day's queue figures: calls received, answered, abandoned, service level, waits, talk times, by hour and by agent.")
    static class Daily implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--date", paramLabel = "D", description = "the day (YYYY-MM-DD), default today")
        LocalDate date;

        @Option(names = "--send", description = "also post it to the team's chat and email it (with a CSV) to the recipients")
        boolean send;

        @Option(names = "--timeout", defaultValue = "60s", converter = DurationConverter.class,
            description = "how long --send waits for the deliveries (default ${DEFAULT-VALUE})")
        java.time.Duration timeout;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringContext.start()) {
                LocalDate day = date != null ? date
                    : LocalDate.now(context.getBean(java.time.Clock.class).withZone(context.getBean(TurnGridRepository.class).get().timeZone()));
                DailyReport report = context.getBean(DailyReport.class);
                spec.commandLine().getOut().print(report.text(day));
                spec.commandLine().getOut().flush();
                if (!send) {
                    return 0;
                }
                Deliveries deliveries = context.getBean(Deliveries.class);
                if (!deliveries.anyTeamChannel()) {
                    spec.commandLine().getErr().println(
                        "error: no channel is configured to send it (tomatic.notifications.*, see docs/notifications.md)");
                    return 1;
                }
                // This process ends now: deliver before returning, and say how it went per channel.
                boolean allSent = true;
                for (Delivery d : deliveries.teamNow(report.notification(day), timeout)) {
                    allSent &= d.status() == Delivery.Status.SENT;
                    spec.commandLine().getOut().printf("sent to %-12s %-32s %s%s%n", d.channel(),
                        d.target() == null ? "" : d.target(), d.open() ? "pending (a running server retries it)" : d.state(),
                        d.lastError() == null || d.status() == Delivery.Status.SENT ? "" : ": " + d.lastError());
                }
                spec.commandLine().getOut().flush();
                return allSent ? 0 : 1;
            }
        }
    }
}
