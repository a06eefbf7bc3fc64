package org.tomatic.calls;

import java.time.Instant;
import java.util.List;

/**
 * A call that rang an agent (or was entered by hand), and once typified what it was about.
 * {@code callRef}: the PBX's id of the call (or the webhook's {@code callId}).
 */
public record PhoneCall(Long id, Instant receivedAt, String phone, String personId, String extension,
                        String queueName, String callRef, Source source, boolean answered, String customerId,
                        String customerName, String contractNumber, String comments, List<String> categories,
                        Instant typifiedAt, String typifiedBy, int version) {

    public enum Source { PBX, WEBHOOK, EMULATED, MANUAL }

    /** The longest texts (the phone_call table's columns). */
    public static final int MAX_PHONE = 40;
    public static final int MAX_EXTENSION = 20;
    public static final int MAX_CALL_REF = 80;
    public static final int MAX_CUSTOMER_ID = 64;
    public static final int MAX_CUSTOMER_NAME = 200;
    public static final int MAX_CONTRACT = 64;
    public static final int MAX_COMMENTS = 4000;

    public PhoneCall {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public boolean typified() {
        return !categories.isEmpty();
    }
}
