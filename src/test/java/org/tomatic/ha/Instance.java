package org.tomatic.ha;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.tomatic.PostgresSchema;
import org.tomatic.TomaticApplication;

/**
 * One Tomatic instance of several sharing a PostgreSQL schema: the whole web application on a random
 * port, in this JVM, with a clock the test sets (shared by the instances, like NTP-synchronised servers).
 */
final class Instance implements AutoCloseable {

    final String name;
    final ConfigurableApplicationContext context;

    private Instance(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    static Instance start(String name, PostgresSchema schema, Clock clock, Map<String, String> extra) {
        Map<String, String> properties = new LinkedHashMap<>();
        schema.properties().forEach(properties::put);
        properties.put("server.port", "0");
        properties.put("tomatic.data-dir", "target/ha-test-data/" + schema.name() + "/" + name);
        properties.put("tomatic.demo-data", "false");
        properties.put("tomatic.pbx.simulated.calls-per-hour", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.putAll(extra);
        List<String> args = new ArrayList<>();
        properties.forEach((k, v) -> args.add("--" + k + "=" + v));
        SpringApplication app = new SpringApplication(TomaticApplication.class);
        app.setLogStartupInfo(false);
        app.addInitializers(context -> ((GenericApplicationContext) context)
            .registerBean("testClock", Clock.class, () -> clock, bd -> bd.setPrimary(true)));
        return new Instance(name, app.run(args.toArray(String[]::new)));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    String url(String path) {
        return "http://localhost:" + port() + path;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    boolean running() {
        return context.isActive();
    }

    @Override
    public void close() {
        if (context.isActive()) {
            context.close();
        }
    }
}
