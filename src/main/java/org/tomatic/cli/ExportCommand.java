package org.tomatic.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.tomatic.legacy.LegacyExporter;
import org.tomatic.legacy.format.LegacyData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Write Tomatic's data as a legacy Tomatic data directory.")
class ExportCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the directory to write (created if missing)")
    Path dir;

    @Option(names = "--week", paramLabel = "MONDAY",
        description = "also write indisponibilitats-vacances.conf with the vacations of this week")
    LocalDate week;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = SpringContext.start()) {
            LegacyData data = context.getBean(LegacyExporter.class).export(dir, week);
            spec.commandLine().getOut().printf("exported %d people, %d weekly and %d one-off busy entries, %d timetables, "
                    + "%d credit snapshots to %s%n", data.people().size(), data.weeklyBusy().size(),
                data.oneShotBusy().size(), data.timetables().size(), data.credits().size(), dir);
            return 0;
        }
    }
}
