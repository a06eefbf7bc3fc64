package org.tomatic.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.tomatic.callinfo.embedded.CustomerImportReport;
import org.tomatic.callinfo.embedded.CustomerImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "customers", description = "The embedded customer directory.",
    subcommands = {CustomersCommand.Import.class})
class CustomersCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Import customers and their contracts from a CSV file (docs/customers-import.md), with their invoices, meter",
        "readings and open cases from optional extra files: all or nothing; errors are listed as FILE:LINE.",
        "Customers and contracts already in the directory are updated."})
    static class Import implements Callable<Integer> {

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE.csv", arity = "0..1", description = "customers and contracts, one row per contract")
        Path customers;

        @Option(names = "--invoices", paramLabel = "FILE.csv", description = "invoices (they replace those of their contracts)")
        Path invoices;

        @Option(names = "--readings", paramLabel = "FILE.csv", description = "meter readings (replace those of their contracts)")
        Path readings;

        @Option(names = "--cases", paramLabel = "FILE.csv", description = "open cases (replace those of their contracts)")
        Path cases;

        @Option(names = "--replace", description = "empty the directory first: the files hold every customer")
        boolean replace;

        @Option(names = "--dry-run", description = "check everything and show the counts, change nothing")
        boolean dryRun;

        @Override
        public Integer call() {
            if (customers == null && invoices == null && readings == null && cases == null) {
                spec.commandLine().getErr().println("error: give a customer file, or --invoices, --readings or --cases");
                return 2;
            }
            try (ConfigurableApplicationContext context = SpringContext.start()) {
                CustomerImportReport report = context.getBean(CustomerImporter.class)
                    .importFiles(new CustomerImporter.Files(customers, invoices, readings, cases), replace, dryRun);
                PrintWriter to = report.hasErrors() ? spec.commandLine().getErr() : spec.commandLine().getOut();
                report.lines().forEach(to::println);
                return report.hasErrors() ? 2 : 0;
            }
        }
    }
}
