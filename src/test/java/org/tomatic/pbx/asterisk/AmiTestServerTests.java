package org.tomatic.pbx.asterisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The test peer says what Asterisk 22 says, byte for byte where it matters: checked with a bare socket
 * against the lines of ../shared/pbx/ami-transcript.txt.
 */
class AmiTestServerTests {

    AmiTestServer server;

    @BeforeEach
    void start() {
        server = new AmiTestServer("support", "tomatic", "s3cret").start();
        server.authFailureDelay(Duration.ofMillis(10));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void greetsWithTheBannerAndLogsInWithAnMd5Challenge() throws Exception {
        try (RawAmi ami = new RawAmi(server.port())) {
            assertThat(ami.line()).isEqualTo("Asterisk Call Manager/11.0.0");
            ami.send("Action", "Challenge", "AuthType", "MD5", "ActionID", "c-1");
            Map<String, String> challenge = ami.read();
            assertThat(challenge).containsEntry("Response", "Success").containsEntry("ActionID", "c-1");
            String key = md5(challenge.get("Challenge") + "s3cret");
            ami.send("Action", "Login", "Username", "tomatic", "AuthType", "MD5", "Key", key, "ActionID", "c-2");
            assertThat(ami.read()).containsExactly(Map.entry("Response", "Success"), Map.entry("ActionID", "c-2"),
                Map.entry("Message", "Authentication accepted"));
            Map<String, String> booted = ami.read();
            assertThat(booted).containsEntry("Event", "FullyBooted").containsEntry("Privilege", "system,all")
                .containsEntry("Status", "Fully Booted").doesNotContainKey("ActionID");
        }
    }

    @Test
    void aWrongSecretIsRefusedAndTheConnectionClosed() throws Exception {
        try (RawAmi ami = new RawAmi(server.port())) {
            ami.line();
            ami.send("Action", "Login", "Username", "tomatic", "Secret", "wrong", "ActionID", "l-1");
            assertThat(ami.read()).containsExactly(Map.entry("Response", "Error"), Map.entry("ActionID", "l-1"),
                Map.entry("Message", "Authentication failed"));
            assertThat(ami.closedByServer()).isTrue();
        }
    }

    @Test
    void anMd5KeyWithoutAChallengeIsRefused() throws Exception {
        try (RawAmi ami = new RawAmi(server.port())) {
            ami.line();
            ami.send("Action", "Login", "Username", "tomatic", "AuthType", "MD5", "Key", md5("s3cret"));
            assertThat(ami.read()).containsEntry("Message", "Authentication failed");
        }
    }

    @Test
    void actionsBeforeLoginAreDeniedAndPingAnswersPong() throws Exception {
        try (RawAmi ami = new RawAmi(server.port())) {
            ami.line();
            ami.send("Action", "QueueStatus", "ActionID", "p-1");
            assertThat(ami.read()).containsEntry("Response", "Error").containsEntry("Message", "Permission denied");
            login(ami, "off");
            ami.send("Action", "Ping", "ActionID", "p-2");
            Map<String, String> pong = ami.read();
            assertThat(pong).containsEntry("Response", "Success").containsEntry("Ping", "Pong").containsKey("Timestamp");
            ami.send("Action", "CoreSettings", "ActionID", "p-3");
            assertThat(ami.read()).containsEntry("AMIversion", "11.0.0").containsEntry("AsteriskVersion", "22.10.1");
            ami.send("Action", "Logoff", "ActionID", "p-4");
            assertThat(ami.read()).containsExactly(Map.entry("Response", "Goodbye"), Map.entry("ActionID", "p-4"),
                Map.entry("Message", "Thanks for all the fish."));
            assertThat(ami.closedByServer()).isTrue();
        }
    }

    @Test
    void queueActionsAnswerWithAsterisksMessagesAndTheEventFollowsWithoutActionId() throws Exception {
        try (RawAmi ami = new RawAmi(server.port())) {
            ami.line();
            login(ami, "on");
            assertThat(ami.read()).containsEntry("Event", "FullyBooted");
            ami.send("Action", "QueueAdd", "Queue", "support", "Interface", "Local/2001@agents", "MemberName", "alice",
                "ActionID", "t-5");
            assertThat(ami.read()).containsExactly(Map.entry("Response", "Success"), Map.entry("ActionID", "t-5"),
                Map.entry("Message", "Added interface to queue"));
            assertThat(ami.read()).containsEntry("Event", "DeviceStateChange");
            Map<String, String> added = ami.read();
            assertThat(added.keySet()).containsExactly("Event", "Privilege", "Queue", "MemberName", "Interface",
                "StateInterface", "Membership", "Penalty", "CallsTaken", "LastCall", "LastPause", "LoginTime", "InCall",
                "Status", "Paused", "PausedReason", "Ringinuse", "Wrapuptime");
            assertThat(added).containsEntry("Event", "QueueMemberAdded").containsEntry("MemberName", "alice")
                .containsEntry("Interface", "Local/2001@agents").containsEntry("Membership", "dynamic")
                .containsEntry("Status", "1").containsEntry("Paused", "0").containsEntry("PausedReason", "");

            ami.send("Action", "QueueAdd", "Queue", "support", "Interface", "Local/2001@agents", "ActionID", "t-19");
            assertThat(ami.read()).containsEntry("Response", "Error")
                .containsEntry("Message", "Unable to add interface: Already there");
            ami.send("Action", "QueueAdd", "Queue", "nosuch", "Interface", "Local/2002@agents", "ActionID", "t-20");
            assertThat(ami.read()).containsEntry("Message", "Unable to add interface to queue: No such queue");
            ami.send("Action", "QueuePause", "Queue", "support", "Interface", "Local/7777@agents", "Paused", "true");
            assertThat(ami.read()).containsExactly(Map.entry("Response", "Error"),
                Map.entry("Message", "Interface not found"));
            ami.send("Action", "QueueRemove", "Queue", "support", "Interface", "Local/7777@agents");
            assertThat(ami.read()).containsEntry("Message", "Unable to remove interface: Not there");

            ami.send("Action", "QueuePause", "Queue", "support", "Interface", "Local/2001@agents", "Paused", "true",
                "Reason", "lunch", "ActionID", "t-7");
            assertThat(ami.read()).containsEntry("Message", "Interface paused successfully");
            ami.read(); // DeviceStateChange
            assertThat(ami.read()).containsEntry("Event", "QueueMemberPause").containsEntry("Paused", "1")
                .containsEntry("PausedReason", "lunch").doesNotContainKey("ActionID");
            ami.send("Action", "QueuePause", "Queue", "support", "Interface", "Local/2001@agents", "Paused", "false");
            assertThat(ami.read()).containsEntry("Message", "Interface unpaused successfully");
            ami.read();
            assertThat(ami.read()).containsEntry("Paused", "0").containsEntry("PausedReason", "");

            ami.send("Action", "QueueRemove", "Queue", "support", "Interface", "Local/2001@agents", "ActionID", "t-14");
            assertThat(ami.read()).containsEntry("Message", "Removed interface from queue");
            assertThat(ami.read()).containsEntry("Event", "QueueMemberRemoved").containsEntry("MemberName", "alice");
        }
    }

    @Test
    void aStaticMemberCannotBeRemoved() throws Exception {
        server.addStaticMember("PJSIP/200", "reception");
        try (RawAmi ami = new RawAmi(server.port())) {
            ami.line();
            login(ami, "off");
            ami.send("Action", "QueueRemove", "Queue", "support", "Interface", "PJSIP/200");
            assertThat(ami.read()).containsEntry("Message", "Member not dynamic");
        }
    }

    @Test
    void queueStatusListsParamsMembersAndEntriesWithTheTranscriptsFieldNames() throws Exception {
        try (RawAmi ami = new RawAmi(server.port())) {
            ami.line();
            login(ami, "off");
            ami.send("Action", "QueueAdd", "Queue", "support", "Interface", "Local/2001@agents", "MemberName", "alice");
            ami.read();
            server.callerJoins("+4930111111", "Paula Paused", Duration.ofSeconds(2));
            ami.send("Action", "QueueStatus", "Queue", "support", "ActionID", "t-10");
            assertThat(ami.read()).containsExactly(Map.entry("Response", "Success"), Map.entry("ActionID", "t-10"),
                Map.entry("EventList", "start"), Map.entry("Message", "Queue status will follow"));
            Map<String, String> params = ami.read();
            assertThat(params.keySet()).containsExactly("Event", "Queue", "Max", "Strategy", "Calls", "Holdtime",
                "TalkTime", "Completed", "Abandoned", "ServiceLevel", "ServicelevelPerf", "ServicelevelPerf2", "Weight",
                "ActionID");
            assertThat(params).containsEntry("Calls", "1").containsEntry("ServicelevelPerf", "0.0");
            Map<String, String> member = ami.read();
            assertThat(member.keySet()).containsExactly("Event", "Queue", "Name", "Location", "StateInterface",
                "Membership", "Penalty", "CallsTaken", "LastCall", "LastPause", "LoginTime", "InCall", "Status",
                "Paused", "PausedReason", "Wrapuptime", "ActionID");
            assertThat(member).containsEntry("Name", "alice").containsEntry("Location", "Local/2001@agents");
            Map<String, String> entry = ami.read();
            assertThat(entry.keySet()).containsExactly("Event", "Queue", "Position", "Channel", "Uniqueid",
                "CallerIDNum", "CallerIDName", "ConnectedLineNum", "ConnectedLineName", "Wait", "Priority", "ActionID");
            assertThat(Integer.parseInt(entry.get("Wait"))).isBetween(2, 4);
            assertThat(ami.read()).containsExactly(Map.entry("Event", "QueueStatusComplete"),
                Map.entry("ActionID", "t-10"), Map.entry("EventList", "Complete"), Map.entry("ListItems", "3"));

            ami.send("Action", "QueueSummary", "Queue", "support", "ActionID", "t-4");
            assertThat(ami.read()).containsEntry("EventList", "start").containsEntry("Message",
                "Queue summary will follow");
            assertThat(ami.read()).containsEntry("Event", "QueueSummary").containsEntry("LoggedIn", "1")
                .containsEntry("Available", "1").containsEntry("Callers", "1");
            assertThat(ami.read()).containsEntry("Event", "QueueSummaryComplete").containsEntry("ListItems", "1");
        }
    }

    @Test
    void theAnsweredSequenceComesInTheObservedOrderWithItsUnits() throws Exception {
        try (RawAmi ami = new RawAmi(server.port())) {
            ami.line();
            login(ami, "agent");
            ami.send("Action", "QueueAdd", "Queue", "support", "Interface", "Local/2001@agents", "MemberName", "alice");
            ami.read();
            ami.read();
            server.answeredCall("+4930222222", "Bob Caller", "Local/2001@agents", Duration.ofSeconds(2),
                Duration.ofSeconds(2), Duration.ofSeconds(5), "agent");
            List<String> order = new java.util.ArrayList<>();
            Map<String, String> connect = null;
            Map<String, String> lastStatus = null;
            for (int i = 0; i < 7; i++) {
                Map<String, String> event = ami.read();
                order.add(event.get("Event") + (event.containsKey("Status") ? "(" + event.get("Status") + ")" : ""));
                if (event.get("Event").equals("AgentConnect")) {
                    connect = event;
                }
                if (event.get("Event").equals("QueueMemberStatus")) {
                    lastStatus = event;
                }
            }
            assertThat(order).containsExactly("QueueCallerJoin", "AgentCalled", "QueueMemberStatus(2)",
                "QueueCallerLeave", "AgentConnect", "AgentComplete", "QueueMemberStatus(1)");
            assertThat(connect).containsEntry("HoldTime", "2").containsEntry("RingTime", "2")
                .containsEntry("Interface", "Local/2001@agents").containsEntry("MemberName", "alice")
                .containsKey("DestChannel");
            assertThat(lastStatus).containsEntry("CallsTaken", "1");
            assertThat(Long.parseLong(lastStatus.get("LastCall"))).isPositive();
        }
    }

    @Test
    void aRestartForgetsDynamicMembersButNotStaticOnes() throws Exception {
        server.addStaticMember("PJSIP/200", "reception");
        try (RawAmi ami = new RawAmi(server.port())) {
            ami.line();
            login(ami, "off");
            ami.send("Action", "QueueAdd", "Queue", "support", "Interface", "PJSIP/214");
            ami.read();
        }
        assertThat(server.memberInterfaces()).containsExactly("PJSIP/200", "PJSIP/214");
        server.restart();
        assertThat(server.memberInterfaces()).containsExactly("PJSIP/200");
    }

    private static void login(RawAmi ami, String events) throws Exception {
        ami.send("Action", "Login", "Username", "tomatic", "Secret", "s3cret", "Events", events);
        assertThat(ami.read()).containsEntry("Message", "Authentication accepted");
    }

    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
