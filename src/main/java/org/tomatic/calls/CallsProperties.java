package org.tomatic.calls;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tomatic.calls.*}.
 *
 * @param incomingToken the bearer token a PBX's dialplan sends to {@code POST /api/calls/incoming};
 *                      empty = that webhook is off (404)
 */
@ConfigurationProperties("tomatic.calls")
public record CallsProperties(@DefaultValue("") String incomingToken) {
}
