package org.tomatic.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "tomatic", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Phone-support helper: scheduling, queue and call information for a call-center team.",
    subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, UserCommand.class, LoadCommand.class,
        ScheduleCommand.class, SolveCommand.class, QueueCommand.class, ExtensionsCommand.class, CustomersCommand.class,
        ReportCommand.class, StaffingCommand.class, SaysCommand.class, BenchmarkCommand.class,
        CommandLine.HelpCommand.class})
public class TomaticCommand implements Runnable {

    /** Returned by {@code serve}: the web server keeps the JVM alive, so do not exit. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The jar's entry point ({@code Start-Class}). */
    public static void main(String[] args) {
        int status = execute(args);
        if (status != KEEP_RUNNING) {
            System.exit(status);
        }
    }

    public static int execute(String[] args) {
        return execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new TomaticCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + rootMessage(e));
            return 1;
        });
        return cli.execute(args);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
