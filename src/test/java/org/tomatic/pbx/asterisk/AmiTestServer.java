package org.tomatic.pbx.asterisk;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An AMI peer that behaves like the Asterisk 22.10.1 recorded in ../shared/pbx/ (asterisk-ami.md and
 * ami-transcript.txt) for one queue: the banner, Challenge/MD5 and plain login, the queue actions with
 * their exact replies and error messages, the QueueStatus and QueueSummary lists, and the member events
 * sent after the reply and without ActionID. It keeps the queue's members in memory and forgets the
 * dynamic ones on {@link #restart()}, like Asterisk. Test hooks push the caller and agent event
 * sequences of the doc's "Observed sequences" with Asterisk's fields and units, change a member's
 * device state, drop the connections, or stop listening for a while.
 * <p>
 * {@link #main} runs one on a port for the queue benchmark ({@code scripts/bench-queue}).
 */
public final class AmiTestServer implements AutoCloseable {

    public static final String BANNER = "Asterisk Call Manager/11.0.0";
    public static final String ASTERISK_VERSION = "22.10.1";

    private static final int NOT_INUSE = 1;
    private static final int INUSE = 2;

    private final String queue;
    private final String username;
    private final String secret;
    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
    private final List<Map<String, String>> actions = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(1);

    // The queue, guarded by this.
    private final Map<String, QueueMember> members = new LinkedHashMap<>();
    private final Map<String, Integer> deviceStates = new HashMap<>();
    private final List<Caller> callers = new ArrayList<>();
    private final Map<String, Caller> answered = new HashMap<>();
    private final QueueStats stats = new QueueStats();
    private Instant bootedAt = Instant.now();

    private volatile Duration authFailureDelay = Duration.ofSeconds(1);
    private volatile boolean muted;
    private volatile ServerSocket listener;
    private Thread acceptor;
    private volatile int port;

    public AmiTestServer(String queue, String username, String secret) {
        this(0, queue, username, secret);
    }

    /** {@code port} 0 = a free one, chosen at the first {@link #start()} and kept afterwards. */
    public AmiTestServer(int port, String queue, String username, String secret) {
        this.port = port;
        this.queue = queue;
        this.username = username;
        this.secret = secret;
    }

    /** Runs one until killed: {@code --port 0 --queue support --username tomatic --secret s3cret}. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("--port", "5038", "--queue", "support",
            "--username", "tomatic", "--secret", "tomatic"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        AmiTestServer server = new AmiTestServer(Integer.parseInt(options.get("--port")), options.get("--queue"),
            options.get("--username"), options.get("--secret"));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        System.out.println("AMI test server listening on port " + server.port() + ", queue " + server.queue);
        System.out.flush();
        Thread.currentThread().join();
    }

    // ---------------------------------------------------------------- lifecycle

    /** Listens (again) on the same port. */
    public synchronized AmiTestServer start() {
        if (listener != null) {
            return this;
        }
        listener = bind();
        ServerSocket accepting = listener;
        acceptor = new Thread(() -> accept(accepting), "ami-test-server-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
        return this;
    }

    /**
     * Binds the port; tries again for a moment, as the port of a socket just closed can still be taken
     * (by a client that connected to itself while nothing listened, as Linux allows on local ports).
     */
    private ServerSocket bind() {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            try {
                ServerSocket socket = new ServerSocket();
                socket.setReuseAddress(true);
                try {
                    socket.bind(new InetSocketAddress("127.0.0.1", port));
                } catch (IOException e) {
                    socket.close();
                    throw e;
                }
                port = socket.getLocalPort();
                return socket;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot listen on port " + port, e);
                }
                sleep(Duration.ofMillis(20));
            }
        }
    }

    /** Stops listening and closes every connection: Asterisk is unreachable until {@link #start()}. */
    public synchronized void stop() {
        if (listener != null) {
            try {
                listener.close();
                acceptor.join(2000);
            } catch (IOException ignored) {
                // closing anyway
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            listener = null;
        }
        dropConnections();
    }

    @Override
    public void close() {
        stop();
    }

    /** Closes every client connection, as a network cut would; the queue stays as it is. */
    public void dropConnections() {
        for (Session session : sessions) {
            session.close();
        }
    }

    /** Like an Asterisk restart: connections drop, dynamic members and waiting callers are forgotten. */
    public synchronized void restart() {
        stop();
        members.values().removeIf(m -> m.dynamic);
        callers.clear();
        answered.clear();
        stats.reset();
        bootedAt = Instant.now();
        start();
    }

    public int port() {
        return port;
    }

    public String queue() {
        return queue;
    }

    /** While muted the server reads actions and answers none, like an Asterisk that hangs. */
    public void mute(boolean mute) {
        this.muted = mute;
    }

    /** Asterisk waits a second before it answers a failed login; tests may shorten it. */
    public void authFailureDelay(Duration delay) {
        this.authFailureDelay = delay;
    }

    // ---------------------------------------------------------------- what tests look at

    /** Clients logged in now. */
    public int loggedIn() {
        return (int) sessions.stream().filter(s -> s.authenticated).count();
    }

    /** The interfaces in the queue, in the order they were added. */
    public synchronized List<String> memberInterfaces() {
        return List.copyOf(members.keySet());
    }

    /** The actions received so far with this name (headers as sent, looked up case-insensitively). */
    public List<Map<String, String>> actions(String name) {
        return actions.stream().filter(a -> name.equalsIgnoreCase(a.get("Action"))).toList();
    }

    /** A member configured in queues.conf: Asterisk keeps it over restarts and QueueRemove cannot remove it. */
    public synchronized void addStaticMember(String memberInterface, String name) {
        members.put(memberInterface, new QueueMember(memberInterface, name, memberInterface, false, now()));
    }

    // ---------------------------------------------------------------- devices, callers and agents

    /** A phone's device state changes (0–8); each member that follows it gets a QueueMemberStatus. */
    public synchronized void deviceState(String device, int status) {
        Integer before = deviceStates.put(device, status);
        if (before != null && before == status) {
            return;
        }
        for (QueueMember m : members.values()) {
            if (m.stateInterface.equals(device)) {
                broadcast(memberEvent("QueueMemberStatus", m));
            }
        }
    }

    /** A caller enters the queue (QueueCallerJoin); {@code waited} backdates the arrival. Returns its Uniqueid. */
    public synchronized String callerJoins(String number, String name, Duration waited) {
        Caller c = new Caller(number, name, now().minus(waited), ids.getAndIncrement(), uniqueId(), uniqueId());
        callers.add(c);
        c.originalPosition = callers.size();
        broadcast(channelEvent("Newchannel", c).end(), "call");
        broadcast(callerEvent("QueueCallerJoin", c).add("Position", c.originalPosition).add("Count", callers.size())
            .end(), "agent");
        return c.uniqueId;
    }

    public String callerJoins(String number, String name) {
        return callerJoins(number, name, Duration.ZERO);
    }

    /**
     * The waiting caller hangs up: Hangup, QueueCallerAbandon (HoldTime in seconds), QueueCallerLeave,
     * as in the doc's "caller gives up".
     */
    public synchronized void callerAbandons(String uniqueId, Duration hold) {
        Caller c = waiting(uniqueId);
        int position = callers.indexOf(c) + 1;
        broadcast(channelEvent("Hangup", c).add("Cause", 16).add("Cause-txt", "Normal Clearing").end(), "call");
        broadcast(callerEvent("QueueCallerAbandon", c).add("Position", position)
            .add("OriginalPosition", c.originalPosition).add("HoldTime", hold.toSeconds()).end(), "agent");
        callers.remove(c);
        stats.abandoned(hold);
        broadcast(callerEvent("QueueCallerLeave", c).add("Position", position).add("Count", callers.size()).end(),
            "agent");
    }

    /**
     * The queue rings a member who does not answer: AgentCalled, QueueMemberStatus(2),
     * AgentRingNoAnswer with RingTime in milliseconds, QueueMemberStatus(1). The caller keeps waiting.
     */
    public synchronized void ringsUnanswered(String uniqueId, String memberInterface, Duration ring) {
        Caller c = waiting(uniqueId);
        QueueMember m = member(memberInterface);
        String agentChannel = agentChannel(m);
        broadcast(agentEvent("AgentCalled", c, m, agentChannel, 0, "Down").end(), "agent");
        ringing(m, true);
        broadcast(agentEvent("AgentRingNoAnswer", c, m, agentChannel, 5, "Ringing")
            .add("RingTime", ring.toMillis()).end(), "agent");
        broadcast(dialEvent("DialEnd", c, agentChannel).add("DialStatus", "NOANSWER").end(), "call");
        ringing(m, false);
    }

    /**
     * A member answers: AgentCalled, QueueMemberStatus(2), DialEnd(ANSWER), QueueCallerLeave, then
     * AgentConnect with HoldTime and RingTime in seconds (the leave comes first, as Asterisk sends them).
     */
    public synchronized void answers(String uniqueId, String memberInterface, Duration hold, Duration ring) {
        Caller c = waiting(uniqueId);
        QueueMember m = member(memberInterface);
        String agentChannel = agentChannel(m);
        broadcast(agentEvent("AgentCalled", c, m, agentChannel, 0, "Down").end(), "agent");
        ringing(m, true);
        broadcast(dialEvent("DialEnd", c, agentChannel).add("DialStatus", "ANSWER").end(), "call");
        int position = callers.indexOf(c) + 1;
        callers.remove(c);
        broadcast(callerEvent("QueueCallerLeave", c).add("Position", position).add("Count", callers.size()).end(),
            "agent");
        broadcast(agentEvent("AgentConnect", c, m, agentChannel, 6, "Up").add("HoldTime", hold.toSeconds())
            .add("RingTime", ring.toSeconds()).end(), "agent");
        c.agentChannel = agentChannel;
        c.member = m;
        c.hold = hold;
        answered.put(uniqueId, c);
    }

    /**
     * The answered call ends: AgentComplete (HoldTime, TalkTime in seconds, Reason agent|caller|transfer),
     * then QueueMemberStatus(1) with CallsTaken + 1 and a new LastCall, then Hangup.
     */
    public synchronized void callEnds(String uniqueId, Duration talk, String reason) {
        Caller c = answered.remove(uniqueId);
        if (c == null) {
            throw new IllegalArgumentException("no answered call " + uniqueId);
        }
        QueueMember m = c.member;
        broadcast(agentEvent("AgentComplete", c, m, c.agentChannel, 6, "Up").add("HoldTime", c.hold.toSeconds())
            .add("TalkTime", talk.toSeconds()).add("Reason", reason).end(), "agent");
        m.callsTaken++;
        m.lastCall = now().getEpochSecond();
        stats.completed(c.hold, talk);
        deviceStates.put(m.stateInterface, NOT_INUSE);
        broadcast(memberEvent("QueueMemberStatus", m));
        broadcast(channelEvent("Hangup", c).add("Cause", 16).add("Cause-txt", "Normal Clearing").end(), "call");
    }

    /** The doc's "Answered" sequence from the caller's arrival to the hang-up. Returns the caller's Uniqueid. */
    public String answeredCall(String number, String name, String memberInterface, Duration hold, Duration ring,
                               Duration talk, String reason) {
        synchronized (this) {
            String uniqueId = callerJoins(number, name);
            answers(uniqueId, memberInterface, hold, ring);
            callEnds(uniqueId, talk, reason);
            return uniqueId;
        }
    }

    /** The doc's "Caller gives up" sequence. Returns the caller's Uniqueid. */
    public String callerGivesUp(String number, String name, Duration hold) {
        synchronized (this) {
            String uniqueId = callerJoins(number, name);
            callerAbandons(uniqueId, hold);
            return uniqueId;
        }
    }

    /** The doc's "No answer" sequence; the caller is left waiting (Asterisk calls again after its retry delay). */
    public String noAnswer(String number, String name, String memberInterface, Duration ring) {
        synchronized (this) {
            String uniqueId = callerJoins(number, name);
            ringsUnanswered(uniqueId, memberInterface, ring);
            return uniqueId;
        }
    }

    /**
     * Sends event blocks as written (e.g. copied from the transcript: "Key: Value" lines, a blank line
     * after each event) to every client whose event mask takes the block's Privilege class.
     */
    public synchronized void replay(String blocks) {
        for (String block : blocks.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (block.isBlank()) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            String privilege = "";
            for (String line : block.strip().split("\n")) {
                text.append(line).append("\r\n");
                if (line.startsWith("Privilege:")) {
                    privilege = line.substring("Privilege:".length()).trim().split(",")[0];
                }
            }
            broadcast(text.append("\r\n").toString(), privilege);
        }
    }

    // ---------------------------------------------------------------- connections

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                client.setTcpNoDelay(true);
                Session session = new Session(client);
                sessions.add(session);
                Thread thread = new Thread(session, "ami-test-session-" + client.getPort());
                thread.setDaemon(true);
                thread.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private final class Session implements Runnable {
        private final Socket socket;
        private final Writer out;
        private volatile boolean authenticated;
        private String challenge;
        /** Event classes this client takes; null = all its user may read. */
        private volatile Set<String> eventClasses;

        Session(Socket socket) throws IOException {
            this.socket = socket;
            this.out = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public void run() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8))) {
                send(BANNER + "\r\n");
                Map<String, String> message = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isEmpty()) {
                        int colon = line.indexOf(':');
                        if (colon > 0) {
                            message.putIfAbsent(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                        }
                        continue;
                    }
                    if (message.isEmpty()) {
                        continue;
                    }
                    Map<String, String> action = message;
                    message = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                    actions.add(action);
                    if (muted) {
                        continue;
                    }
                    if (!handle(this, action)) {
                        break;
                    }
                }
            } catch (IOException dropped) {
                // the client or a test hook closed the connection
            } finally {
                close();
            }
        }

        boolean takes(String eventClass) {
            Set<String> classes = eventClasses;
            return authenticated && (classes == null || classes.contains(eventClass.toLowerCase(Locale.ROOT)));
        }

        void send(String text) {
            synchronized (out) {
                try {
                    out.write(text);
                    out.flush();
                } catch (IOException e) {
                    close();
                }
            }
        }

        void close() {
            authenticated = false;
            sessions.remove(this);
            try {
                socket.close();
            } catch (IOException ignored) {
                // closed anyway
            }
        }
    }

    // ---------------------------------------------------------------- actions

    /** Answers one action; false = close the connection afterwards. */
    private boolean handle(Session session, Map<String, String> m) {
        String action = m.getOrDefault("Action", "");
        String id = m.get("ActionID");
        if (action.isEmpty()) {
            session.send(error(id, "Missing action in request"));
            return true;
        }
        if (action.equalsIgnoreCase("Login")) {
            return login(session, m, id);
        }
        if (action.equalsIgnoreCase("Challenge")) {
            if (!"MD5".equalsIgnoreCase(m.get("AuthType"))) {
                session.send(error(id, "Must specify AuthType"));
            } else {
                session.challenge = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 2_147_483_647L));
                session.send(new Block().add("Response", "Success").actionId(id).add("Challenge", session.challenge)
                    .end());
            }
            return true;
        }
        if (action.equalsIgnoreCase("Logoff")) {
            session.send(new Block().add("Response", "Goodbye").actionId(id)
                .add("Message", "Thanks for all the fish.").end());
            return false;
        }
        if (!session.authenticated) {
            session.send(error(id, "Permission denied"));
            return true;
        }
        synchronized (this) {
            switch (action.toLowerCase(Locale.ROOT)) {
                case "ping" -> session.send(new Block().add("Response", "Success").actionId(id).add("Ping", "Pong")
                    .add("Timestamp", String.format(Locale.ROOT, "%.6f", System.currentTimeMillis() / 1000.0)).end());
                case "coresettings" -> session.send(coreSettings(id));
                case "command" -> session.send(command(id, m.getOrDefault("Command", "")));
                case "queueadd" -> queueAdd(session, m, id);
                case "queueremove" -> queueRemove(session, m, id);
                case "queuepause" -> queuePause(session, m, id);
                case "queuestatus" -> queueStatus(session, m, id);
                case "queuesummary" -> queueSummary(session, m, id);
                default -> session.send(error(id, "Invalid/unknown command: " + action
                    + ". Use Action: ListCommands to show available commands."));
            }
        }
        return true;
    }

    private boolean login(Session session, Map<String, String> m, String id) {
        if (session.authenticated) {
            session.send(new Block().add("Response", "Success").actionId(id).add("Message", "Already authenticated")
                .end());
            return true;
        }
        boolean ok = username.equals(m.get("Username")) && ("MD5".equalsIgnoreCase(m.get("AuthType"))
            ? session.challenge != null && md5(session.challenge + secret).equals(m.get("Key"))
            : secret.equals(m.get("Secret")));
        if (!ok) {
            sleep(authFailureDelay);
            session.send(error(id, "Authentication failed"));
            return false;
        }
        session.eventClasses = eventMask(m.get("Events"));
        session.authenticated = true;
        session.send(new Block().add("Response", "Success").actionId(id).add("Message", "Authentication accepted")
            .end());
        if (session.takes("system")) {
            long uptime = Duration.between(bootedAt, now()).toSeconds();
            session.send(new Block().add("Event", "FullyBooted").add("Privilege", "system,all").add("Uptime", uptime)
                .add("LastReload", uptime).add("Status", "Fully Booted").end());
        }
        return true;
    }

    /** Login's Events header: absent or on = every class, off = none, else a list of classes. */
    private static Set<String> eventMask(String events) {
        if (events == null || events.isBlank() || Set.of("on", "yes", "true", "1").contains(events.toLowerCase())) {
            return null;
        }
        if (Set.of("off", "no", "false", "0").contains(events.toLowerCase())) {
            return Set.of();
        }
        Set<String> classes = ConcurrentHashMap.newKeySet();
        for (String c : events.split(",")) {
            classes.add(c.trim().toLowerCase(Locale.ROOT));
        }
        return classes;
    }

    private String coreSettings(String id) {
        return new Block().add("Response", "Success").actionId(id).add("AMIversion", "11.0.0")
            .add("AsteriskVersion", ASTERISK_VERSION).add("SystemName", "").add("CoreMaxCalls", 0)
            .add("CoreMaxLoadAvg", "0.000000").add("CoreRunUser", "").add("CoreRunGroup", "")
            .add("CoreMaxFilehandles", 0).add("CoreRealTimeEnabled", "No").add("CoreCDRenabled", "Yes")
            .add("CoreHTTPenabled", "No").add("SoundsSearchCustomDir", "No").end();
    }

    private String command(String id, String command) {
        String output = command.trim().equals("core show version")
            ? "Asterisk " + ASTERISK_VERSION + " built by root @ vm on a x86_64 running Linux on 2026-11-28 01:04:41 UTC"
            : "No such command '" + command + "' (type 'core show help " + command + "' for other possible commands)";
        return new Block().add("Response", "Success").actionId(id).add("Message", "Command output follows")
            .add("Output", output).end();
    }

    private void queueAdd(Session session, Map<String, String> m, String id) {
        String q = m.get("Queue");
        String iface = m.get("Interface");
        if (blank(q)) {
            session.send(error(id, "'Queue' not specified."));
        } else if (blank(iface)) {
            session.send(error(id, "'Interface' not specified."));
        } else if (!queue.equals(q)) {
            session.send(error(id, "Unable to add interface to queue: No such queue"));
        } else if (members.containsKey(iface)) {
            session.send(error(id, "Unable to add interface: Already there"));
        } else {
            String state = blank(m.get("StateInterface")) ? iface : m.get("StateInterface");
            QueueMember member = new QueueMember(iface, blank(m.get("MemberName")) ? iface : m.get("MemberName"),
                state, true, now());
            member.penalty = blank(m.get("Penalty")) ? 0 : Integer.parseInt(m.get("Penalty"));
            member.paused = astTrue(m.get("Paused"));
            if (member.paused) {
                member.pausedReason = m.getOrDefault("Reason", "");
                member.lastPause = now().getEpochSecond();
            }
            members.put(iface, member);
            session.send(ok(id, "Added interface to queue"));
            broadcast(new Block().add("Event", "DeviceStateChange").add("Privilege", "call,all")
                .add("Device", "Queue:" + queue + "_pause_" + iface).add("State", member.paused ? "INUSE" : "NOT_INUSE")
                .end(), "call");
            broadcast(memberEvent("QueueMemberAdded", member));
        }
    }

    private void queueRemove(Session session, Map<String, String> m, String id) {
        String q = m.get("Queue");
        String iface = m.get("Interface");
        if (blank(q) || blank(iface)) {
            session.send(error(id, "Need 'Queue' and 'Interface' parameters."));
        } else if (!queue.equals(q)) {
            session.send(error(id, "Unable to remove interface from queue: No such queue"));
        } else if (!members.containsKey(iface)) {
            session.send(error(id, "Unable to remove interface: Not there"));
        } else if (!members.get(iface).dynamic) {
            session.send(error(id, "Member not dynamic"));
        } else {
            QueueMember member = members.remove(iface);
            session.send(ok(id, "Removed interface from queue"));
            broadcast(memberEvent("QueueMemberRemoved", member));
        }
    }

    /** Without Queue Asterisk pauses the interface in every queue; with an unknown queue it finds no interface. */
    private void queuePause(Session session, Map<String, String> m, String id) {
        String iface = m.get("Interface");
        String paused = m.get("Paused");
        if (blank(iface) || blank(paused)) {
            session.send(error(id, "Need 'Interface' and 'Paused' parameters."));
            return;
        }
        String q = m.get("Queue");
        QueueMember member = members.get(iface);
        if (member == null || !(blank(q) || queue.equals(q))) {
            session.send(error(id, "Interface not found"));
            return;
        }
        boolean pause = astTrue(paused);
        member.paused = pause;
        member.pausedReason = pause ? m.getOrDefault("Reason", "") : "";
        if (pause) {
            member.lastPause = now().getEpochSecond();
        }
        session.send(ok(id, pause ? "Interface paused successfully" : "Interface unpaused successfully"));
        broadcast(new Block().add("Event", "DeviceStateChange").add("Privilege", "call,all")
            .add("Device", "Queue:" + queue + "_pause_" + iface).add("State", pause ? "INUSE" : "NOT_INUSE").end(),
            "call");
        broadcast(memberEvent("QueueMemberPause", member));
    }

    private void queueStatus(Session session, Map<String, String> m, String id) {
        String q = m.get("Queue");
        String filter = m.get("Member");
        StringBuilder reply = new StringBuilder(new Block().add("Response", "Success").actionId(id)
            .add("EventList", "start").add("Message", "Queue status will follow").end());
        int items = 0;
        if (blank(q) || queue.equals(q)) {
            Instant now = now();
            reply.append(new Block().add("Event", "QueueParams").add("Queue", queue).add("Max", 0)
                .add("Strategy", "rrmemory").add("Calls", callers.size()).add("Holdtime", stats.holdtime)
                .add("TalkTime", stats.talktime).add("Completed", stats.completed).add("Abandoned", stats.abandoned)
                .add("ServiceLevel", QueueStats.SERVICE_LEVEL).add("ServicelevelPerf", stats.perf())
                .add("ServicelevelPerf2", stats.perf2()).add("Weight", 0).actionId(id).end());
            items++;
            for (QueueMember member : members.values()) {
                if (blank(filter) || filter.equals(member.iface) || filter.equals(member.name)) {
                    reply.append(new Block().add("Event", "QueueMember").add("Queue", queue).add("Name", member.name)
                        .add("Location", member.iface).add("StateInterface", member.stateInterface)
                        .add("Membership", member.dynamic ? "dynamic" : "static").add("Penalty", member.penalty)
                        .add("CallsTaken", member.callsTaken).add("LastCall", member.lastCall)
                        .add("LastPause", member.lastPause).add("LoginTime", member.loginTime).add("InCall", 0)
                        .add("Status", status(member)).add("Paused", member.paused ? 1 : 0)
                        .add("PausedReason", member.pausedReason).add("Wrapuptime", 0).actionId(id).end());
                    items++;
                }
            }
            int position = 1;
            for (Caller c : callers) {
                reply.append(new Block().add("Event", "QueueEntry").add("Queue", queue).add("Position", position++)
                    .add("Channel", c.channel).add("Uniqueid", c.uniqueId).add("CallerIDNum", c.number)
                    .add("CallerIDName", listed(c.name)).add("ConnectedLineNum", c.number)
                    .add("ConnectedLineName", listed(c.name)).add("Wait", Duration.between(c.joinedAt, now).toSeconds()).add("Priority", 0).actionId(id).end());
                items++;
            }
        }
        reply.append(new Block().add("Event", "QueueStatusComplete").actionId(id).add("EventList", "Complete")
            .add("ListItems", items).end());
        session.send(reply.toString());
    }

    private void queueSummary(Session session, Map<String, String> m, String id) {
        String q = m.get("Queue");
        StringBuilder reply = new StringBuilder(new Block().add("Response", "Success").actionId(id)
            .add("EventList", "start").add("Message", "Queue summary will follow").end());
        int items = 0;
        if (blank(q) || queue.equals(q)) {
            int loggedIn = 0;
            int available = 0;
            for (QueueMember member : members.values()) {
                int status = status(member);
                if (status != 4 && status != 5) {
                    loggedIn++;
                    if ((status == 0 || status == NOT_INUSE) && !member.paused) {
                        available++;
                    }
                }
            }
            Instant now = now();
            long longest = callers.stream().mapToLong(c -> Duration.between(c.joinedAt, now).toSeconds()).max()
                .orElse(0);
            reply.append(new Block().add("Event", "QueueSummary").add("Queue", queue).add("LoggedIn", loggedIn)
                .add("Available", available).add("Callers", callers.size()).add("HoldTime", stats.holdtime)
                .add("TalkTime", stats.talktime).add("LongestHoldTime", longest).actionId(id).end());
            items++;
        }
        reply.append(new Block().add("Event", "QueueSummaryComplete").actionId(id).add("EventList", "Complete")
            .add("ListItems", items).end());
        session.send(reply.toString());
    }

    // ---------------------------------------------------------------- events

    private void broadcast(String text, String eventClass) {
        for (Session session : sessions) {
            if (session.takes(eventClass)) {
                session.send(text);
            }
        }
    }

    private void broadcast(Block agentEvent) {
        broadcast(agentEvent.end(), "agent");
    }

    private Block memberEvent(String event, QueueMember m) {
        return new Block().add("Event", event).add("Privilege", "agent,all").add("Queue", queue)
            .add("MemberName", m.name).add("Interface", m.iface).add("StateInterface", m.stateInterface)
            .add("Membership", m.dynamic ? "dynamic" : "static").add("Penalty", m.penalty)
            .add("CallsTaken", m.callsTaken).add("LastCall", m.lastCall).add("LastPause", m.lastPause)
            .add("LoginTime", m.loginTime).add("InCall", 0).add("Status", status(m)).add("Paused", m.paused ? 1 : 0)
            .add("PausedReason", m.pausedReason).add("Ringinuse", 0).add("Wrapuptime", 0);
    }

    /** The caller channel's fields, which every caller and agent event starts with. */
    private Block channelEvent(String event, Caller c) {
        return new Block().add("Event", event).add("Privilege", event.startsWith("Queue") ? "agent,all" : "call,all")
            .add("Channel", c.channel).add("ChannelState", 6).add("ChannelStateDesc", "Up")
            .add("CallerIDNum", c.number).add("CallerIDName", c.name).add("ConnectedLineNum", c.number)
            .add("ConnectedLineName", c.name).add("Language", "en").add("AccountCode", "").add("Context", "incoming")
            .add("Exten", queue).add("Priority", 3).add("Uniqueid", c.uniqueId).add("Linkedid", c.linkedId);
    }

    private Block callerEvent(String event, Caller c) {
        return channelEvent(event, c).add("Queue", queue);
    }

    /** An Agent* event: the caller channel, the agent leg as Dest* fields, then Queue, Interface, MemberName. */
    private Block agentEvent(String event, Caller c, QueueMember m, String agentChannel, int state, String desc) {
        return channelEvent(event, c).set("Privilege", "agent,all").add("DestChannel", agentChannel)
            .add("DestChannelState", state).add("DestChannelStateDesc", desc).add("DestCallerIDNum", c.number)
            .add("DestCallerIDName", c.name).add("DestConnectedLineNum", c.number).add("DestConnectedLineName", c.name)
            .add("DestLanguage", "en").add("DestAccountCode", "").add("DestContext", "agents").add("DestExten", queue)
            .add("DestPriority", 1).add("DestUniqueid", uniqueId()).add("DestLinkedid", c.linkedId)
            .add("Queue", queue).add("Interface", m.iface).add("MemberName", m.name);
    }

    private Block dialEvent(String event, Caller c, String agentChannel) {
        return channelEvent(event, c).add("DestChannel", agentChannel).add("DestChannelState", 6)
            .add("DestChannelStateDesc", "Up").add("DestCallerIDNum", c.number).add("DestCallerIDName", c.name)
            .add("DestContext", "agents").add("DestExten", queue).add("DestPriority", 1);
    }

    /** Ringing shows as in use (2) for a Local/ member, as the doc says; back to not in use (1) afterwards. */
    private void ringing(QueueMember m, boolean ringing) {
        deviceStates.put(m.stateInterface, ringing ? INUSE : NOT_INUSE);
        broadcast(memberEvent("QueueMemberStatus", m));
    }

    // ---------------------------------------------------------------- the queue's data

    private int status(QueueMember m) {
        return deviceStates.getOrDefault(m.stateInterface, NOT_INUSE);
    }

    private QueueMember member(String memberInterface) {
        QueueMember m = members.get(memberInterface);
        if (m == null) {
            throw new IllegalArgumentException(memberInterface + " is not in queue " + queue);
        }
        return m;
    }

    private Caller waiting(String uniqueId) {
        return callers.stream().filter(c -> c.uniqueId.equals(uniqueId)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no caller " + uniqueId + " waiting"));
    }

    private String agentChannel(QueueMember m) {
        return String.format("%s-%08x;1", m.iface, ids.getAndIncrement());
    }

    private String uniqueId() {
        return bootedAt.getEpochSecond() + "." + ids.getAndIncrement();
    }

    private static Instant now() {
        return Instant.now();
    }

    private static final class QueueMember {
        final String iface;
        final String name;
        final String stateInterface;
        final boolean dynamic;
        final long loginTime;
        int penalty;
        int callsTaken;
        long lastCall;
        long lastPause;
        boolean paused;
        String pausedReason = "";

        QueueMember(String iface, String name, String stateInterface, boolean dynamic, Instant at) {
            this.iface = iface;
            this.name = name;
            this.stateInterface = stateInterface;
            this.dynamic = dynamic;
            this.loginTime = at.getEpochSecond();
        }
    }

    private static final class Caller {
        final String number;
        final String name;
        final Instant joinedAt;
        final String channel;
        final String uniqueId;
        final String linkedId;
        int originalPosition;
        String agentChannel;
        QueueMember member;
        Duration hold;

        Caller(String number, String name, Instant joinedAt, long seq, String uniqueId, String linkedId) {
            this.number = number;
            this.name = name == null || name.isBlank() ? "<unknown>" : name;
            this.joinedAt = joinedAt;
            this.channel = String.format("Local/%s@incoming-caller-%08x;2", number, seq);
            this.uniqueId = uniqueId;
            this.linkedId = linkedId;
        }
    }

    /** app_queue's counters; hold and talk times are its running averages (3 old : 1 new). */
    private static final class QueueStats {
        static final int SERVICE_LEVEL = 60;
        int completed;
        int abandoned;
        int completedInSl;
        int abandonedInSl;
        long holdtime;
        long talktime;

        void completed(Duration hold, Duration talk) {
            completed++;
            if (hold.toSeconds() <= SERVICE_LEVEL) {
                completedInSl++;
            }
            holdtime = (holdtime * 3 + hold.toSeconds()) / 4;
            talktime = (talktime * 3 + talk.toSeconds()) / 4;
        }

        void abandoned(Duration hold) {
            abandoned++;
            if (hold.toSeconds() <= SERVICE_LEVEL) {
                abandonedInSl++;
            }
        }

        String perf() {
            return String.format(Locale.ROOT, "%.1f", completed == 0 ? 0.0 : 100.0 * completedInSl / completed);
        }

        String perf2() {
            int all = completed + abandoned;
            return String.format(Locale.ROOT, "%.1f", all == 0 ? 0.0 : 100.0 * (completedInSl + abandonedInSl) / all);
        }

        void reset() {
            completed = 0;
            abandoned = 0;
            completedInSl = 0;
            abandonedInSl = 0;
            holdtime = 0;
            talktime = 0;
        }
    }

    /** One AMI message: "Key: Value" lines (empty values keep the space after the colon), then a blank line. */
    private static final class Block {
        private final List<String[]> lines = new ArrayList<>();

        Block add(String key, Object value) {
            lines.add(new String[] {key, value == null ? "" : value.toString()});
            return this;
        }

        Block set(String key, Object value) {
            for (String[] line : lines) {
                if (line[0].equals(key)) {
                    line[1] = value.toString();
                    return this;
                }
            }
            return add(key, value);
        }

        Block actionId(String id) {
            return id == null ? this : add("ActionID", id);
        }

        String end() {
            StringBuilder text = new StringBuilder();
            for (String[] line : lines) {
                text.append(line[0]).append(": ").append(line[1]).append("\r\n");
            }
            return text.append("\r\n").toString();
        }
    }

    private static String ok(String id, String message) {
        return new Block().add("Response", "Success").actionId(id).add("Message", message).end();
    }

    private static String error(String id, String message) {
        return new Block().add("Response", "Error").actionId(id).add("Message", message).end();
    }

    /** QueueStatus writes a missing caller name as "unknown", where channel events write "<unknown>". */
    private static String listed(String name) {
        return "<unknown>".equals(name) ? "unknown" : name;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Asterisk's ast_true. */
    private static boolean astTrue(String s) {
        return s != null && Set.of("yes", "true", "y", "t", "1", "on").contains(s.trim().toLowerCase(Locale.ROOT));
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
