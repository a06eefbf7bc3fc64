package org.tomatic.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tomatic.notifications.NotificationPeers.MAIL;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.TestPeople;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;

/** Email through a real SMTP server (GreenMail): team recipients, plain and HTML parts, attachments, personal mail. */
class NotificationEmailTests extends IntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired Notifier notifier;
    @Autowired Deliveries deliveries;
    @Autowired PersonRepository people;

    @Test
    void aTeamEmailHasBothPartsAndTheAttachment() throws Exception {
        byte[] csv = "day,calls\n2026-11-30,42\n".getBytes();
        notifier.team(new Notification("daily-report", "Informe diari", "Trucades ahir: 42\nhttps://tomatic.example.coop/calls/report",
            null, Map.of("calls", 42), List.of(new Notification.Attachment("calls-2026-11-30.csv", "text/csv", csv))));

        MimeMessage[] received = NotificationPeers.awaitMail(2, WAIT);
        assertThat(received).hasSize(2);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Informe diari");
        assertThat(Arrays.stream(mail.getFrom()).map(Address::toString)).containsExactly("tomatic@example.coop");
        assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Address::toString))
            .containsExactly(NotificationPeers.TEAM, NotificationPeers.COORDINATORS);

        List<Part> parts = leaves(mail);
        assertThat(parts).extracting(p -> p.getContentType().split(";")[0].toLowerCase())
            .containsExactly("text/plain", "text/html", "text/csv");
        assertThat(((String) parts.get(0).getContent()).replace("\r\n", "\n"))
            .isEqualTo("Trucades ahir: 42\nhttps://tomatic.example.coop/calls/report");
        assertThat((String) parts.get(1).getContent()).contains("<h2 style=\"font-size: 1.1em\">Informe diari</h2>")
            .contains("Trucades ahir: 42<br>")
            .contains("<a href=\"https://tomatic.example.coop/calls/report\">https://tomatic.example.coop/calls/report</a>");
        Part attachment = parts.get(2);
        assertThat(attachment.getFileName()).isEqualTo("calls-2026-11-30.csv");
        assertThat(Part.ATTACHMENT).isEqualToIgnoringCase(attachment.getDisposition());
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        attachment.getInputStream().transferTo(content);
        assertThat(content.toByteArray()).isEqualTo(csv);
    }

    @Test
    void aPersonalMessageGoesToTheirAddressOnly() throws Exception {
        people.insert(TestPeople.person("anna", Role.AGENT));
        notifier.person("anna", Notification.text("turn-changed", "Your turn changed", "Tuesday 10:15"));

        MimeMessage mail = NotificationPeers.awaitMail(1, WAIT)[0];
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Address::toString)).containsExactly("anna@example.coop");
        assertThat(mail.getSubject()).isEqualTo("Your turn changed");
        Delivery d = awaitFinished();
        assertThat(d.channel()).isEqualTo("email");
        assertThat(d.personId()).isEqualTo("anna");
        assertThat(d.target()).isEqualTo("anna@example.coop");
        assertThat(d.status()).isEqualTo(Delivery.Status.SENT);
    }

    @Test
    void withoutAnEmailAPersonalMessageIsSkippedWithTheReason() throws Exception {
        people.insert(new Person("biel", "Biel", null, "202", null, "aabbcc", null, List.of(), 3, null, true, Role.AGENT, 0));
        notifier.person("biel", Notification.text("swap-accepted", "Swap", "accepted"));
        notifier.person("ghost", Notification.text("swap-accepted", "Swap", "accepted"));

        assertThat(deliveries.recent(10)).extracting(Delivery::personId, Delivery::status, Delivery::lastError)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("biel", Delivery.Status.SKIPPED, "no email"),
                org.assertj.core.groups.Tuple.tuple("ghost", Delivery.Status.SKIPPED, "unknown person"));
        Thread.sleep(300);
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    private Delivery awaitFinished() throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            var done = deliveries.recent(5).stream().filter(d -> !d.open()).findFirst();
            if (done.isPresent()) {
                return done.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not delivered: " + deliveries.recent(5));
    }

    /** The message's non-multipart parts, depth first. */
    static List<Part> leaves(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves.addAll(leaves(child));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }
}
