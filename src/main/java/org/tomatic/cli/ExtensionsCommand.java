package org.tomatic.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.tomatic.pbx.extensions.Extension;
import org.tomatic.pbx.extensions.ExtensionChange;
import org.tomatic.pbx.extensions.ExtensionException;
import org.tomatic.pbx.extensions.ExtensionReport;
import org.tomatic.pbx.extensions.ExtensionSync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extensions", description = {
    "The PBX's directory of extensions (number, name, email) in the range tomatic.pbx.extensions.first..last:",
    "Asterisk's realtime database when tomatic.pbx.asterisk.realtime-url is set, else the simulated PBX in memory."},
    subcommands = {ExtensionsCommand.Show.class, ExtensionsCommand.Load.class, ExtensionsCommand.Add.class,
        ExtensionsCommand.Remove.class, ExtensionsCommand.Clear.class})
class ExtensionsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Starts Tomatic, runs the action, prints {@code error: …} and exits 1 when the directory refuses. */
    abstract static class Action implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = SpringContext.start()) {
                run(context.getBean(ExtensionSync.class), out);
                return 0;
            } catch (ExtensionException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return 1;
            }
        }

        abstract void run(ExtensionSync sync, PrintWriter out);

        /** Who to write in the audit trail: the operator's login on this machine. */
        static String actor() {
            String user = System.getProperty("user.name", "?");
            return "cli:" + (user.length() > 80 ? user.substring(0, 80) : user);
        }

        static void print(PrintWriter out, List<String> lines, List<ExtensionChange> changes) {
            lines.forEach(out::println);
            changes.stream().filter(c -> c.newPassword() != null).forEach(c -> out.printf(
                "new SIP password for %s: %s (shown only this once)%n", c.number(), c.newPassword()));
        }
    }

    @Command(name = "show", description = "List the extensions in the range.")
    static class Show extends Action {
        @Override
        void run(ExtensionSync sync, PrintWriter out) {
            List<Extension> extensions = sync.list();
            int numberWidth = Math.max("extension".length(), extensions.stream().mapToInt(e -> e.number().length()).max().orElse(0));
            int nameWidth = Math.max("name".length(), extensions.stream().mapToInt(e -> e.name().length()).max().orElse(0));
            String row = "%-" + numberWidth + "s  %-" + nameWidth + "s  %s%n";
            out.printf(row, "extension", "name", "email");
            extensions.forEach(e -> out.printf(row, e.number(), e.name(), e.email() == null ? "-" : e.email()));
            out.printf("%d extension%s in %s, %s%n", extensions.size(), extensions.size() == 1 ? "" : "s", sync.range(),
                sync.describe());
        }
    }

    @Command(name = "load", description = {
        "Make the directory match Tomatic's active people with an extension in the range: add the missing,",
        "update changed names and emails, remove extensions nobody active has. Changing an endpoint can cut",
        "a call: run it at a quiet time (or let tomatic.pbx.extensions.load-cron do it)."})
    static class Load extends Action {
        @Override
        void run(ExtensionSync sync, PrintWriter out) {
            ExtensionReport report = sync.load(actor());
            print(out, report.lines(), report.changes());
        }
    }

    @Command(name = "add", description = "Add an extension, or update its name and email (its password is kept).")
    static class Add extends Action {
        @Parameters(index = "0", paramLabel = "EXT")
        String number;

        @Parameters(index = "1", paramLabel = "NAME", description = "the name callers see; quote it when it has spaces")
        String name;

        @Parameters(index = "2", paramLabel = "EMAIL", arity = "0..1")
        String email;

        @Override
        void run(ExtensionSync sync, PrintWriter out) {
            ExtensionChange change = sync.put(new Extension(number, name, email), actor());
            print(out, List.of(change.line()), List.of(change));
        }
    }

    @Command(name = "remove", description = "Remove an extension (its endpoint, auth and aor rows).")
    static class Remove extends Action {
        @Parameters(paramLabel = "EXT")
        String number;

        @Override
        void run(ExtensionSync sync, PrintWriter out) {
            out.println(sync.remove(number, actor()).line());
        }
    }

    @Command(name = "clear", description = "Remove every extension in the range, without asking; prints what it removed.")
    static class Clear extends Action {
        @Override
        void run(ExtensionSync sync, PrintWriter out) {
            ExtensionReport report = sync.clear(actor());
            report.lines().forEach(out::println);
        }
    }
}
