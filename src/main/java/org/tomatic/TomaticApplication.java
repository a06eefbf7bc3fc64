package org.tomatic;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring application: every module below this package. One jar: {@code tomatic serve} runs it as the
 * web server, every other subcommand starts it without one; the entry point is
 * {@link org.tomatic.cli.TomaticCommand#main}, so the root package does not depend on the command line.
 */
@SpringBootApplication
@org.springframework.boot.context.properties.ConfigurationPropertiesScan
public class TomaticApplication {
}
