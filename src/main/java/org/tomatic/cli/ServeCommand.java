package org.tomatic.cli;

import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;
import org.tomatic.TomaticApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

@Command(name = "serve", description = "Run the web application (http://localhost:8080 by default).")
class ServeCommand implements Callable<Integer> {

    /** Spring options such as --server.port=9090 pass through. */
    @Unmatched
    String[] springArgs = new String[0];

    @Override
    public Integer call() {
        SpringApplication.run(TomaticApplication.class, springArgs);
        return TomaticCommand.KEEP_RUNNING;
    }
}
