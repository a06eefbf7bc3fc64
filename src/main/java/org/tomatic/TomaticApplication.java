package org.tomatic;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.tomatic.cli.TomaticCommand;

/** One jar: {@code tomatic serve} runs the web server, every other subcommand is a CLI command. */
@SpringBootApplication
@org.springframework.boot.context.properties.ConfigurationPropertiesScan
public class TomaticApplication {
    public static void main(String[] args) {
        int status = TomaticCommand.execute(args);
        if (status != TomaticCommand.KEEP_RUNNING) {
            System.exit(status);
        }
    }
}
