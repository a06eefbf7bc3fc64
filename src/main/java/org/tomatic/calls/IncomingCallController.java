package org.tomatic.calls;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/calls/incoming}: for PBXs other than the configured one, a dialplan {@code curl}
 * tells which number is ringing which extension. Authenticated by its own bearer token
 * ({@code tomatic.calls.incoming-token}), not by a login; without a token configured it does not exist.
 */
@RestController
class IncomingCallController {

    private final IncomingCalls incoming;
    private final CallsProperties properties;

    IncomingCallController(IncomingCalls incoming, CallsProperties properties) {
        this.incoming = incoming;
        this.properties = properties;
    }

    @PostMapping(path = "/api/calls/incoming", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Map<String, Object>> form(@RequestHeader(name = "Authorization", required = false) String authorization,
                                             @RequestParam(required = false) String phone,
                                             @RequestParam(required = false) String extension,
                                             @RequestParam(required = false) String callId) {
        return receive(authorization, phone, extension, callId);
    }

    @PostMapping(path = "/api/calls/incoming", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> json(@RequestHeader(name = "Authorization", required = false) String authorization,
                                             @RequestBody Map<String, Object> body) {
        return receive(authorization, text(body.get("phone")), text(body.get("extension")), text(body.get("callId")));
    }

    private ResponseEntity<Map<String, Object>> receive(String authorization, String phone, String extension, String callId) {
        String token = properties.incomingToken();
        if (token.isBlank()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        if (authorization == null || !authorization.startsWith("Bearer ")
            || !sameSecret(authorization.substring("Bearer ".length()).strip(), token)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header("WWW-Authenticate", "Bearer").body(Map.of("error", "missing or wrong token"));
        }
        if (phone == null || phone.isBlank()) {
            return ResponseEntity.badRequest().body(Map.of("error", "phone is required"));
        }
        if (extension == null || extension.isBlank()) {
            return ResponseEntity.badRequest().body(Map.of("error", "extension is required"));
        }
        try {
            PhoneCall call = incoming.receive(phone, extension, callId, PhoneCall.Source.WEBHOOK, null);
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("call", call.id(), "person", call.personId()));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
    }

    /** Compares in constant time, so the token cannot be guessed from response times. */
    private static boolean sameSecret(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
