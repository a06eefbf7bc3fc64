package org.tomatic.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.tomatic.legacy.ImportReport;
import org.tomatic.legacy.LegacyImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {
    "Import an existing Tomatic data directory: persons.yaml, config.yaml,",
    "indisponibilitats.conf, oneshot.conf, indisponibilitats-vacances.conf,",
    "leaves.conf, holidays.conf, data/noservice.conf, the fixed turns' file",
    "(config.yaml's forcedTimeTable, default data/forced-turns.yaml),",
    "graelles/graella-*.yaml and graelles/shiftcredit-*.yaml. All or nothing;",
    "errors and warnings are listed as file:line (docs/legacy-import.md)."})
class ImportCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the legacy data directory")
    Path dir;

    @Option(names = "--dry-run", description = "show what would be created or updated, change nothing")
    boolean dryRun;

    @Option(names = "--week", paramLabel = "MONDAY",
        description = "the week (its Monday, YYYY-MM-DD) of indisponibilitats-vacances.conf and a bare shiftcredit.yaml")
    LocalDate week;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContext.start()) {
            ImportReport report = context.getBean(LegacyImporter.class).importDirectory(dir, week, dryRun, "cli");
            java.io.PrintWriter to = report.hasErrors() ? spec.commandLine().getErr() : spec.commandLine().getOut();
            report.lines().forEach(to::println);
            return report.hasErrors() ? 2 : 0;
        }
    }
}
