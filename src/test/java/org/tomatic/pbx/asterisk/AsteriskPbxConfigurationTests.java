package org.tomatic.pbx.asterisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tomatic.pbx.Pbx;
import org.tomatic.pbx.PbxProperties;

/** The Asterisk queue exists only with tomatic.pbx.backend=asterisk, and an absent Asterisk does not stop the start. */
class AsteriskPbxConfigurationTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PbxProperties.class)
    static class Basics {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    final ApplicationContextRunner context = new ApplicationContextRunner()
        .withUserConfiguration(Basics.class, AsteriskPbxConfiguration.class);

    @Test
    void theAsteriskBackendStartsConnectingWithoutWaitingForAsterisk() {
        AmiTestServer away = new AmiTestServer("support", "tomatic", "s3cret").start();
        away.stop();
        long started = System.nanoTime();
        context.withPropertyValues("tomatic.pbx.backend=asterisk", "tomatic.pbx.queue=sales",
            "tomatic.pbx.asterisk.host=127.0.0.1", "tomatic.pbx.asterisk.port=" + away.port(),
            "tomatic.pbx.asterisk.timeout=2s").run(app -> {
                assertThat(app).hasSingleBean(Pbx.class);
                AsteriskPbx pbx = app.getBean(AsteriskPbx.class);
                assertThat(pbx.queueName()).isEqualTo("sales");
                assertThat(pbx.isRunning()).as("started with the context").isTrue();
                assertThat(pbx.health().up()).isFalse();
                assertThat(pbx.health().detail()).contains("127.0.0.1:" + away.port());
            });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void otherBackendsHaveNoAsterisk() {
        context.run(app -> assertThat(app).doesNotHaveBean(AsteriskPbx.class));
        context.withPropertyValues("tomatic.pbx.backend=simulated")
            .run(app -> assertThat(app).doesNotHaveBean(AsteriskPbx.class));
    }
}
