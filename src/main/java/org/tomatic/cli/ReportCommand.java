package org.tomatic.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
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

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringContext.start()) {
                LocalDate day = date != null ? date
                    : LocalDate.now(context.getBean(java.time.Clock.class).withZone(context.getBean(TurnGridRepository.class).get().timeZone()));
                DailyReport report = context.getBean(DailyReport.class);
                spec.commandLine().getOut().print(report.text(day));
                spec.commandLine().getOut().flush();
                if (send) {
                    try {
                        report.send(day);
                        spec.commandLine().getOut().println("sent");
                    } catch (IllegalStateException e) {
                        spec.commandLine().getErr().println("error: " + e.getMessage());
                        return 1;
                    }
                }
                return 0;
            }
        }
    }
}
