package org.tomatic.pbx;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tomatic.pbx.*}: which PBX, which queue, how a person's extension becomes a queue member,
 * and the Asterisk connection.
 *
 * @param backend           {@code simulated} (in memory, the default) or {@code asterisk}
 * @param queue             the queue's name in the PBX
 * @param interfaceTemplate a member's interface, {@code {extension}} replaced (e.g. {@code Local/{extension}@agents})
 * @param stateInterfaceTemplate the device a member's state follows; empty = the interface itself
 */
@ConfigurationProperties("tomatic.pbx")
public record PbxProperties(
    @DefaultValue("simulated") Backend backend,
    @DefaultValue("support") String queue,
    @DefaultValue("PJSIP/{extension}") String interfaceTemplate,
    @DefaultValue("") String stateInterfaceTemplate,
    @DefaultValue Asterisk asterisk,
    @DefaultValue Simulated simulated,
    @DefaultValue Adherence adherence,
    @DefaultValue Switching switching,
    @DefaultValue Extensions extensions) {

    public enum Backend { simulated, asterisk }

    /**
     * @param realtimeUrl JDBC URL of Asterisk's realtime database, where PJSIP endpoints are written; empty = none
     */
    public record Asterisk(
        @DefaultValue("localhost") String host,
        @DefaultValue("5038") int port,
        @DefaultValue("tomatic") String username,
        @DefaultValue("") String secret,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("") String realtimeUrl,
        @DefaultValue("") String realtimeUsername,
        @DefaultValue("") String realtimePassword) {}

    /**
     * @param callsPerHour   how often a simulated caller arrives: a number an hour (0 = never by itself) or
     *                       {@code from-history} (each turn's rate from the recorded calls, none out of hours)
     * @param ringTime       about how long a simulated agent lets the phone ring before answering (0 = at once)
     * @param averageTalk    the mean of the exponential talk time
     * @param patience       how long a caller nobody answers waits before hanging up
     * @param callerNumbers  numbers half the simulated callers ring from (the demo customers'); the others are random
     * @param noAnswerRate   the share of rings a simulated agent lets pass unanswered (0 to 1)
     * @param randomPatience each caller's patience is exponential with mean {@code patience} (as the staffing model
     *                       assumes) instead of exactly {@code patience}
     */
    public record Simulated(
        @DefaultValue("from-history") CallRate callsPerHour,
        @DefaultValue("4s") Duration ringTime,
        @DefaultValue("20s") Duration ringTimeout,
        @DefaultValue("3m") Duration averageTalk,
        @DefaultValue("2m") Duration patience,
        @DefaultValue("") java.util.List<String> callerNumbers,
        @DefaultValue("0.1") double noAnswerRate,
        @DefaultValue("false") boolean randomPatience) {

        public Simulated {
            if (!(noAnswerRate >= 0 && noAnswerRate <= 1) || ringTime.isNegative() || !positive(ringTimeout)
                || !positive(averageTalk) || !positive(patience)) {
                throw new IllegalArgumentException("tomatic.pbx.simulated: no-answer-rate in [0, 1], ring-time ≥ 0, "
                    + "ring-timeout, average-talk and patience > 0");
            }
        }

        private static boolean positive(Duration d) {
            return !d.isNegative() && !d.isZero();
        }
    }

    /**
     * @param maxMinutes a scheduled member unavailable, paused or missing longer than this is flagged
     */
    public record Adherence(@DefaultValue("10") int maxMinutes) {}

    /**
     * @param enabled whether the server sets the queue at every turn change
     */
    public record Switching(@DefaultValue("true") boolean enabled, @DefaultValue("15s") Duration checkEvery) {}

    /**
     * The extensions directory: Tomatic only touches extensions from {@code first} to {@code last}.
     *
     * @param loadCron when the weekly {@code load} runs by itself (empty = never)
     * @param loadZone the time zone of {@code loadCron}
     */
    public record Extensions(
        @DefaultValue("") String first,
        @DefaultValue("") String last,
        @DefaultValue("") String loadCron,
        @DefaultValue("phones") String context,
        @DefaultValue("transport-udp") String transport,
        @DefaultValue("ulaw,alaw") String allow,
        @DefaultValue("Europe/Madrid") String loadZone) {}

    /** The member interface of an extension. */
    public String memberInterface(String extension) {
        return interfaceTemplate.replace("{extension}", extension);
    }

    /** The state interface of an extension, or null when the interface's own state is used. */
    public String stateInterface(String extension) {
        return stateInterfaceTemplate.isBlank() ? null : stateInterfaceTemplate.replace("{extension}", extension);
    }

    /** The extension inside an interface made by the template, or null when it was not made by it. */
    public String extensionOf(String memberInterface) {
        int at = interfaceTemplate.indexOf("{extension}");
        if (at < 0 || memberInterface == null) {
            return null;
        }
        String prefix = interfaceTemplate.substring(0, at);
        String suffix = interfaceTemplate.substring(at + "{extension}".length());
        if (!memberInterface.startsWith(prefix) || !memberInterface.endsWith(suffix)
            || memberInterface.length() <= prefix.length() + suffix.length()) {
            return null;
        }
        return memberInterface.substring(prefix.length(), memberInterface.length() - suffix.length());
    }

}
