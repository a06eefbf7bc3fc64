package org.tomatic.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.tomatic.notifications.Deliveries;
import org.tomatic.notifications.Delivery;
import org.tomatic.notifications.Says;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tomatic says MESSAGE…}: a message to the team's channels, delivered before the command ends (this
 * process does not stay to retry later), with the outcome per channel. Exit status 1 when no channel is
 * configured or a delivery did not succeed within {@code --timeout}.
 */
@Command(name = "says", description = {
    "Send a message to the team's channels (chat webhooks, email) now and print the outcome per channel.",
    "Without words the message is read from standard input."})
class SaysCommand implements Callable<Integer> {

    /** Where the message is read from when no words are given (tests replace it). */
    static InputStream stdin = System.in;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MESSAGE", arity = "0..*", description = "the message (default: standard input)")
    List<String> words;

    @Option(names = "--timeout", defaultValue = "60s", converter = DurationConverter.class, paramLabel = "DURATION",
        description = "how long to keep retrying a failed channel (default ${DEFAULT-VALUE})")
    Duration timeout;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String message = words == null || words.isEmpty()
            ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8) : String.join(" ", words);
        if (message.isBlank()) {
            err.println("error: the message is empty");
            return 1;
        }
        try (ConfigurableApplicationContext context = SpringContext.start()) {
            Says says = context.getBean(Says.class);
            Deliveries deliveries = context.getBean(Deliveries.class);
            long id;
            try {
                id = says.say(message, "cli");
            } catch (Says.NoChannel | IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return 1;
            }
            List<Delivery> result = deliveries.deliverNow(id, timeout);
            boolean allSent = true;
            for (Delivery d : result) {
                allSent &= d.status() == Delivery.Status.SENT;
                out.printf("%-12s %-32s %s%s%n", d.channel(), d.target() == null ? "" : d.target(),
                    d.open() ? "pending (still queued: a running server retries it)" : d.state(),
                    d.lastError() == null || d.status() == Delivery.Status.SENT ? "" : ": " + d.lastError());
            }
            out.flush();
            return allSent ? 0 : 1;
        }
    }
}
