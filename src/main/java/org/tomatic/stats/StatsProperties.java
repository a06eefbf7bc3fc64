package org.tomatic.stats;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tomatic.stats.*} and {@code tomatic.report.*}.
 *
 * @param serviceLevelSeconds a call answered within this wait counts for the service level
 */
@ConfigurationProperties("tomatic.stats")
public record StatsProperties(@DefaultValue("20") int serviceLevelSeconds) {
}
