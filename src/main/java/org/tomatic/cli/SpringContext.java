package org.tomatic.cli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.tomatic.TomaticApplication;

/** Starts the application without its web server, for one CLI command. */
final class SpringContext {

    private SpringContext() {
    }

    /** {@code springArgs}: property overrides such as --spring.datasource.url=… (they win over the files). */
    static ConfigurableApplicationContext start(String... springArgs) {
        SpringApplication app = new SpringApplication(TomaticApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        app.setDefaultProperties(java.util.Map.of("logging.level.root", "WARN"));
        return app.run(springArgs);
    }
}
