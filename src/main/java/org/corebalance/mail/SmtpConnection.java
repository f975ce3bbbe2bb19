package org.corebalance.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One delivery pass's connection to the SMTP server Spring Boot configured ({@code spring.mail.*}),
 * opened for the pass's first message and kept for the rest: a connection per message (what
 * {@code JavaMailSender.send} does) held the outbox to about six messages a second.
 *
 * <p>Unlike {@code JavaMailSender.send(MimeMessage...)}, which also keeps one connection, it does not
 * check the connection with a NOOP before every message, and each message's failure reaches the
 * caller on its own. After a failure the connection is checked once and opened again for the next
 * message if the server dropped it.
 */
final class SmtpConnection implements AutoCloseable {

    private final JavaMailSenderImpl settings;
    private Transport transport;
    private boolean suspect;

    SmtpConnection(JavaMailSenderImpl settings) {
        this.settings = settings;
    }

    Session session() {
        return settings.getSession();
    }

    /** Connects unless connected; after a failed message, first checks that the server still listens. */
    void open() throws MessagingException {
        if (transport != null && suspect && !transport.isConnected()) {
            close();
        }
        suspect = false;
        if (transport == null) {
            // As JavaMailSenderImpl connects: an empty user name means no authentication.
            String username = settings.getUsername();
            String password = settings.getPassword();
            if ("".equals(username)) {
                username = null;
                if ("".equals(password)) {
                    password = null;
                }
            }
            Session session = settings.getSession();
            String protocol = settings.getProtocol() != null ? settings.getProtocol()
                    : session.getProperty("mail.transport.protocol") != null ? session.getProperty("mail.transport.protocol")
                    : JavaMailSenderImpl.DEFAULT_PROTOCOL;
            Transport opened = session.getTransport(protocol);
            opened.connect(settings.getHost(), settings.getPort(), username, password);
            transport = opened;
        }
    }

    /** Sends a saved message (its headers final) to its recipients over the open connection. */
    void send(MimeMessage message) throws MessagingException {
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            suspect = true;
            throw e;
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // The server went away or answered QUIT badly; the messages' outcomes are recorded already.
            }
            transport = null;
        }
    }
}
