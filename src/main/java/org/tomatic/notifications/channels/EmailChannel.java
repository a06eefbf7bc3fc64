package org.tomatic.notifications.channels;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.tomatic.notifications.Notification;

/**
 * Email through Spring's {@link JavaMailSender} ({@code spring.mail.*}): plain text and HTML alternatives,
 * and the attachments. Team messages go to {@code tomatic.notifications.email.recipients}, personal ones to
 * the person's address.
 */
public class EmailChannel implements Channel {

    private final JavaMailSender sender;
    private final String from;
    private final List<String> teamRecipients;

    public EmailChannel(JavaMailSender sender, String from, List<String> teamRecipients, Duration timeout) {
        this.sender = sender;
        this.from = from;
        this.teamRecipients = List.copyOf(teamRecipients);
        if (sender instanceof JavaMailSenderImpl impl) {
            // JavaMail waits forever by default; spring.mail.properties.* still win.
            Properties props = impl.getJavaMailProperties();
            String millis = String.valueOf(timeout.toMillis());
            for (String key : List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout")) {
                props.putIfAbsent(key, millis);
            }
        }
    }

    @Override
    public String kind() {
        return EMAIL;
    }

    @Override
    public String target() {
        return String.join(", ", teamRecipients);
    }

    @Override
    public boolean forTeam() {
        return !teamRecipients.isEmpty();
    }

    /** {@code recipient}: one address, or several separated by commas; null = the team's. */
    @Override
    public void send(Notification n, String recipient, Instant now) throws DeliveryFailure {
        List<String> to = recipient == null ? teamRecipients
            : List.of(recipient.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (to.isEmpty()) {
            throw new DeliveryFailure("no recipient", false);
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper mail = new MimeMessageHelper(message, true, "UTF-8");
            mail.setFrom(from);
            mail.setTo(to.toArray(String[]::new));
            mail.setSubject(n.subject() == null ? "" : n.subject());
            String text = n.text() == null ? "" : n.text();
            mail.setText(text, n.html() != null ? n.html() : Html.ofText(n.subject(), text));
            for (Notification.Attachment a : n.attachments()) {
                mail.getRootMimeMultipart().addBodyPart(attachment(a));
            }
            mail.setSentDate(java.util.Date.from(now));
            sender.send(message);
        } catch (MessagingException | MailParseException | MailPreparationException e) {
            throw new DeliveryFailure("cannot build the email: " + e.getMessage(), false);
        } catch (MailAuthenticationException e) {
            throw new DeliveryFailure("SMTP login refused: " + e.getMessage(), true);
        } catch (MailException e) {
            throw new DeliveryFailure("SMTP: " + rootMessage(e), !rejectedAddress(e));
        }
    }

    /** In base64, so that a file arrives byte for byte (as text it would get CRLF line ends). */
    private static MimeBodyPart attachment(Notification.Attachment a) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        String type = a.contentType() == null ? "application/octet-stream" : a.contentType();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), type)));
        part.setDisposition(Part.ATTACHMENT);
        try {
            part.setFileName(MimeUtility.encodeText(a.filename(), "UTF-8", null));
        } catch (java.io.UnsupportedEncodingException e) {
            part.setFileName(a.filename());
        }
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /** The server refused an address: another try would not help. */
    private static boolean rejectedAddress(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0) {
                return true;
            }
            if (t instanceof org.springframework.mail.MailSendException send) {
                for (Exception each : send.getFailedMessages().values()) {
                    if (rejectedAddress(each)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
