package org.corebalance.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small SMTP server on a free loopback port that answers each recipient and each message as the
 * test says: GreenMail accepts everything, and the outbox must be seen hearing 554 and 450. It speaks
 * enough SMTP for Jakarta Mail (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), one thread per connection,
 * and records every message it was given (accepted or not) with the answer it gave.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    static final String OK = "250 2.0.0 Ok";
    /** Answered instead of 250 to close the connection after it, as a server going down does. */
    static final String HANG_UP = "421 4.3.2 Service shutting down, closing connection";

    private static final Pattern ADDRESS = Pattern.compile("<([^>]*)>");
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>]+>)");

    /** A message as the server got it after DATA, and what it answered. */
    record Received(String recipient, String messageId, String answer, String content) {

        boolean accepted() {
            return answer.startsWith("250");
        }
    }

    private final ServerSocket socket;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> recipientsTried = new CopyOnWriteArrayList<>();
    private final List<Throwable> scriptFailures = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile Function<String, String> rcptAnswer = to -> OK;
    private volatile Function<Received, String> dataAnswer = message -> OK;

    ScriptedSmtpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptAll, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** How the server answers RCPT TO for a recipient; 250 unless the function says otherwise. */
    void answerRecipients(Function<String, String> answer) {
        rcptAnswer = answer;
    }

    /** How the server answers the end of a message's data (its content, recipient and Message-ID known). */
    void answerMessages(Function<Received, String> answer) {
        dataAnswer = answer;
    }

    void acceptEverything() {
        answerRecipients(to -> OK);
        answerMessages(message -> OK);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Every message to this recipient the server got after DATA, in order, accepted or not. */
    List<Received> receivedBy(String recipient) {
        return received.stream().filter(message -> message.recipient().equals(recipient)).toList();
    }

    /** How many times a RCPT TO named this recipient. */
    long timesTried(String recipient) {
        return recipientsTried.stream().filter(recipient::equals).count();
    }

    /** What went wrong in the test's answer functions since the last call (each time the server answered 451). */
    synchronized List<Throwable> takeScriptFailures() {
        List<Throwable> failures = List.copyOf(scriptFailures);
        scriptFailures.clear();
        return failures;
    }

    int connections() {
        return connections.get();
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.incrementAndGet();
                Thread session = new Thread(() -> converse(client), "scripted-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client) {
            var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = client.getOutputStream();
            reply(out, "220 scripted.test ESMTP");
            String recipient = null;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 scripted.test");
                    case "MAIL" -> {
                        recipient = null;
                        reply(out, "250 2.1.0 Ok");
                    }
                    case "RCPT" -> {
                        Matcher address = ADDRESS.matcher(line);
                        String to = address.find() ? address.group(1) : "";
                        recipientsTried.add(to);
                        String answer = script(() -> rcptAnswer.apply(to));
                        if (answer.startsWith("250")) {
                            recipient = to;
                        }
                        reply(out, answer);
                    }
                    case "DATA" -> {
                        if (recipient == null) {
                            reply(out, "554 5.5.1 Error: no valid recipients");
                            continue;
                        }
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        String content = readData(in);
                        Matcher id = MESSAGE_ID.matcher(content);
                        var message = new Received(recipient, id.find() ? id.group(1) : null, "", content);
                        String answer = script(() -> dataAnswer.apply(message));
                        received.add(new Received(recipient, message.messageId(), answer, content));
                        recipient = null;
                        reply(out, answer);
                        if (answer.equals(HANG_UP)) {
                            return;
                        }
                    }
                    case "RSET" -> {
                        recipient = null;
                        reply(out, "250 2.0.0 Ok");
                    }
                    case "NOOP" -> reply(out, "250 2.0.0 Ok");
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 Bye");
                        return;
                    }
                    default -> reply(out, "502 5.5.2 Error: command not recognized");
                }
            }
        } catch (IOException e) {
            // The client went away; nothing to record.
        }
    }

    /** The test's answer; when its script fails, a 451 and the failure kept for the test to see. */
    private String script(Supplier<String> answer) {
        try {
            return answer.get();
        } catch (RuntimeException | AssertionError e) {
            scriptFailures.add(e);
            return "451 4.3.0 The test's script failed: " + e.getClass().getSimpleName();
        }
    }

    private static String readData(BufferedReader in) throws IOException {
        var content = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            content.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
        }
        return content.toString();
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
