package org.tomatic.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.tomatic.auth.Passwords;
import org.tomatic.people.PersonService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "password", description = "Set a person's local-account password (generated and printed unless --stdin).")
class UserCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PERSON", description = "person id (= username)")
    String personId;

    @Option(names = "--stdin", description = "read the new password from standard input")
    boolean fromStdin;

    @Override
    public Integer call() throws Exception {
        String password = fromStdin
            ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine()
            : Passwords.random();
        try (ConfigurableApplicationContext context = SpringContext.start()) {
            context.getBean(PersonService.class).setPassword(personId, password, "cli");
        }
        if (!fromStdin) {
            spec.commandLine().getOut().println("New password for " + personId + ": " + password);
        }
        return 0;
    }
}
