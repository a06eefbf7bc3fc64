package org.tomatic.pbx.asterisk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A bare AMI client for looking at the wire: sends "Key: Value" actions, reads messages in order. */
final class RawAmi implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    RawAmi(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        out = socket.getOutputStream();
    }

    String line() throws IOException {
        return in.readLine();
    }

    /** Sends an action: key, value, key, value… */
    void send(String... keysAndValues) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            text.append(keysAndValues[i]).append(": ").append(keysAndValues[i + 1]).append("\r\n");
        }
        out.write(text.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The next message, fields in the order sent; null when the server closed the connection. */
    Map<String, String> read() throws IOException {
        Map<String, String> message = new LinkedHashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) {
                if (!message.isEmpty()) {
                    return message;
                }
                continue;
            }
            int colon = line.indexOf(':');
            message.put(line.substring(0, colon), line.substring(colon + 2 > line.length() ? colon + 1 : colon + 2));
        }
        return message.isEmpty() ? null : message;
    }

    /** Whether the server closed the connection (read gives end of stream) within the socket timeout. */
    boolean closedByServer() throws IOException {
        try {
            return in.readLine() == null;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
