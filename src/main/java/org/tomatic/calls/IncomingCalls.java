package org.tomatic.calls;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.tomatic.callinfo.CallInfoProperties;
import org.tomatic.callinfo.PhoneNumbers;
import org.tomatic.pbx.PbxEvent;
import org.tomatic.pbx.PbxProperties;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.system.TextLimits;

/**
 * Calls reaching agents — from the PBX's events, the webhook, or emulated — are logged once per
 * call and agent, and announced with {@link IncomingCall} so the agent's screens show the caller.
 */
@Service
public class IncomingCalls {

    private static final Logger log = LoggerFactory.getLogger(IncomingCalls.class);

    private final CallLog calls;
    private final PersonRepository people;
    private final PbxProperties pbx;
    private final PhoneNumbers phones;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public IncomingCalls(CallLog calls, PersonRepository people, PbxProperties pbx, CallInfoProperties callInfo,
                         ApplicationEventPublisher events, Clock clock) {
        this.calls = calls;
        this.people = people;
        this.pbx = pbx;
        this.phones = new PhoneNumbers(callInfo.countryPrefix());
        this.events = events;
        this.clock = clock;
    }

    /**
     * Logs a call from {@code phone} ringing the agent at {@code extension} and announces it.
     *
     * @throws IllegalArgumentException with the reason when the number is malformed or no active
     *                                  person has the extension
     */
    public PhoneCall receive(String phone, String extension, String callRef, PhoneCall.Source source, String queue) {
        return receive(phone, extension, callRef, source, queue, clock.instant());
    }

    /** {@code at}: when the PBX told of the call (the pop's latency is counted from it). */
    public PhoneCall receive(String phone, String extension, String callRef, PhoneCall.Source source, String queue,
                             java.time.Instant at) {
        String number = phone == null ? "" : phone.strip();
        checkLength("The phone number", number, PhoneCall.MAX_PHONE);
        checkLength("The extension", extension == null ? null : extension.strip(), PhoneCall.MAX_EXTENSION);
        checkLength("The call id", callRef, PhoneCall.MAX_CALL_REF);
        String normalised = phones.normalise(number);
        if (normalised == null || normalised.length() < 3 || normalised.length() > 15) {
            throw new IllegalArgumentException("Malformed phone number: '" + number + "'.");
        }
        Person agent = agentAt(extension)
            .orElseThrow(() -> new IllegalArgumentException("No active person has the extension '" + extension + "'."));
        if (callRef != null && !callRef.isBlank()) {
            Optional<PhoneCall> known = calls.findByRef(callRef, agent.id());
            if (known.isPresent()) {
                // Asterisk rings the same agent again after a ring-no-answer: one call, shown again.
                events.publishEvent(new IncomingCall(known.get(), at));
                return known.get();
            }
        }
        PhoneCall call;
        try {
            call = calls.insert(new PhoneCall(null, clock.instant(), number, agent.id(), extension, queue,
                callRef == null || callRef.isBlank() ? null : callRef, source, answeredWhenReceived(source), null, null,
                null, null, List.of(), null, null, 0), normalised);
        } catch (org.springframework.dao.DuplicateKeyException heardElsewhere) {
            // Another instance's PBX link heard the same call and logged it a moment ago: that one row.
            call = calls.findByRef(callRef, agent.id()).orElseThrow(() -> heardElsewhere);
        }
        events.publishEvent(new IncomingCall(call, at));
        return call;
    }

    /** Refuses a text the call log cannot hold, in this class's way: with an IllegalArgumentException. */
    private static void checkLength(String what, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(TextLimits.sentence(what, max));
        }
    }

    /** The moment a member's phone rings: pop the caller's record on that agent's screens. */
    @EventListener
    public void agentCalled(PbxEvent.AgentCalled event) {
        String extension = pbx.extensionOf(event.memberInterface());
        if (extension == null || event.callerNumber() == null) {
            return;
        }
        try {
            receive(event.callerNumber(), extension, event.uniqueId(), PhoneCall.Source.PBX, pbx.queue(), event.at());
        } catch (IllegalArgumentException e) {
            log.debug("Call not shown: {}", e.getMessage());
        }
    }

    @EventListener
    public void agentConnected(PbxEvent.AgentConnected event) {
        String extension = pbx.extensionOf(event.memberInterface());
        if (extension != null) {
            agentAt(extension).ifPresent(p -> calls.markAnswered(event.uniqueId(), p.id()));
        }
    }

    /** Only the configured PBX tells when a call is answered; a call from elsewhere counts as answered. */
    private static boolean answeredWhenReceived(PhoneCall.Source source) {
        return source != PhoneCall.Source.PBX;
    }

    public String normalise(String phone) {
        return phones.normalise(phone);
    }

    private Optional<Person> agentAt(String extension) {
        if (extension == null || extension.isBlank()) {
            return Optional.empty();
        }
        return people.findByExtension(extension.strip()).filter(Person::active);
    }
}
