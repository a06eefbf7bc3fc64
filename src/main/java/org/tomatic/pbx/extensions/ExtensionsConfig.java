package org.tomatic.pbx.extensions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import org.tomatic.pbx.PbxProperties;

/**
 * Which directory: Asterisk's realtime database when {@code tomatic.pbx.asterisk.realtime-url} is set;
 * otherwise the simulated PBX's memory, or, for an Asterisk without realtime database, a directory
 * that refuses with the property to set.
 */
@Configuration(proxyBeanMethods = false)
class ExtensionsConfig {

    static final String REALTIME_URL = "tomatic.pbx.asterisk.realtime-url";

    @Bean
    @Conditional(RealtimeUrlSet.class)
    ExtensionDirectory realtimeExtensions(PbxProperties pbx) {
        return RealtimeExtensions.connect(pbx.asterisk(), pbx.extensions());
    }

    @Bean
    @Conditional(RealtimeUrlUnset.class)
    ExtensionDirectory localExtensions(PbxProperties pbx) {
        return pbx.backend() == PbxProperties.Backend.asterisk
            ? new UnconfiguredExtensions()
            : new MemoryExtensions(pbx.extensions());
    }

    /** Set and not blank (an empty environment variable counts as unset). */
    static class RealtimeUrlSet implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(REALTIME_URL));
        }
    }

    static class RealtimeUrlUnset extends RealtimeUrlSet {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !super.matches(context, metadata);
        }
    }
}
