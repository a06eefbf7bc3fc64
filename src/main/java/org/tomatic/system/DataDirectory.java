package org.tomatic.system;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code tomatic.data-dir} (TOMATIC_DATA_DIR) absolute, resolved against the working directory, before
 * anything uses it: the embedded database's URL is built from it, and H2 refuses a path like {@code fixed/db/tomatic}
 * that is relative without saying so (error 90011). Runs after the configuration files are read
 * (registered in META-INF/spring.factories).
 */
public class DataDirectory implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY = "tomatic.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY);
        String absolute = absolute(configured);
        if (absolute != null && !absolute.equals(configured)) {
            environment.getPropertySources().addFirst(new MapPropertySource("tomaticDataDir", Map.of(PROPERTY, absolute)));
        }
    }

    /** The directory as an absolute, normalised path; null when unset (or not a path: left for others to report). */
    static String absolute(String configured) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        try {
            Path path = Path.of(configured.strip());
            return path.isAbsolute() ? configured : path.toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
