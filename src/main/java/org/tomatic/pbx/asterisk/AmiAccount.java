package org.tomatic.pbx.asterisk;

import java.time.Duration;

import org.springframework.modulith.NamedInterface;
import org.tomatic.pbx.PbxProperties;

/**
 * Where Asterisk's manager interface listens and how to log in; {@code timeout} bounds connecting and
 * every action's answer.
 */
@NamedInterface("asterisk") // the cli's benchmark drives the adapter against a real AMI
public record AmiAccount(String host, int port, String username, String secret, Duration timeout) {

    public static AmiAccount of(PbxProperties.Asterisk asterisk) {
        return new AmiAccount(asterisk.host(), asterisk.port(), asterisk.username(), asterisk.secret(),
            asterisk.timeout());
    }

    /** {@code host:port}, as messages show it. */
    public String address() {
        return host + ":" + port;
    }

    /** The timeout as messages show it: "10 s", or "200 ms" below a second. */
    String timeoutText() {
        return text(timeout);
    }

    static String text(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }

    long timeoutMillis() {
        return Math.max(1, timeout.toMillis());
    }
}
