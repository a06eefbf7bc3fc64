package org.tomatic.pbx.extensions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.tomatic.pbx.PbxProperties;

/** Configuration alone picks the directory. */
class ExtensionDirectoryChoiceTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PbxProperties.class)
    static class Properties {
    }

    final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withUserConfiguration(Properties.class, ExtensionsConfig.class);

    @Test
    void theSimulatedPbxKeepsItsExtensionsInMemory() {
        runner.run(context -> assertThat(context).getBean(ExtensionDirectory.class).isInstanceOf(MemoryExtensions.class));
        runner.withPropertyValues("tomatic.pbx.asterisk.realtime-url=").run(
            context -> assertThat(context).getBean(ExtensionDirectory.class).isInstanceOf(MemoryExtensions.class));
    }

    @Test
    void aRealtimeUrlMeansAsterisksRealtimeDatabase() {
        runner.withPropertyValues("tomatic.pbx.asterisk.realtime-url=jdbc:mariadb://pbx/asterisk?password=s3cret",
                "tomatic.pbx.asterisk.realtime-username=tomatic", "tomatic.pbx.extensions.first=200",
                "tomatic.pbx.extensions.last=299")
            .run(context -> {
                ExtensionDirectory directory = context.getBean(ExtensionDirectory.class);
                assertThat(directory).isInstanceOf(RealtimeExtensions.class);
                assertThat(directory.describe()).isEqualTo("realtime database jdbc:mariadb://pbx/asterisk?password=***");
                assertThat(directory.range()).isEqualTo(new ExtensionRange("200", "299"));
            });
    }

    @Test
    void asteriskWithoutARealtimeUrlRefuses() {
        runner.withPropertyValues("tomatic.pbx.backend=asterisk").run(
            context -> assertThat(context).getBean(ExtensionDirectory.class).isInstanceOf(UnconfiguredExtensions.class));
    }
}
