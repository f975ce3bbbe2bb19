import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local SMTP server for the outbox benchmarks that takes every message and writes one line per
 * message to a log: the time it was accepted (epoch ms), the Message-ID and the recipient. Run as a
 * single-file program, with nothing but a JDK:
 *
 *   java bench/SmtpSink.java PORT LOG [DELAY_MS]
 *
 * DELAY_MS (default 0) makes each answer to the end of a message wait that long, like a remote server.
 */
public class SmtpSink {

    private static final Pattern ADDRESS = Pattern.compile("<([^>]*)>");
    private static final Pattern MESSAGE_ID = Pattern.compile("(?i)^Message-ID:\\s*(<[^>]+>)");

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        PrintWriter log = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8), false);
        long delay = args.length > 2 ? Long.parseLong(args[2]) : 0;
        try (ServerSocket server = new ServerSocket(port, 100, InetAddress.getLoopbackAddress())) {
            System.out.println("SMTP sink on 127.0.0.1:" + port);
            while (true) {
                Socket client = server.accept();
                Thread session = new Thread(() -> converse(client, log, delay));
                session.setDaemon(true);
                session.start();
            }
        }
    }

    private static void converse(Socket client, PrintWriter log, long delay) {
        try (client) {
            var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = client.getOutputStream();
            reply(out, "220 sink ESMTP");
            String recipient = "";
            String line;
            while ((line = in.readLine()) != null) {
                String command = (line.length() >= 4 ? line.substring(0, 4) : line).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 sink");
                    case "RCPT" -> {
                        Matcher address = ADDRESS.matcher(line);
                        recipient = address.find() ? address.group(1) : "";
                        reply(out, "250 2.1.5 Ok");
                    }
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        String messageId = "-";
                        boolean headers = true;
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            if (headers) {
                                Matcher id = MESSAGE_ID.matcher(line);
                                if (id.find()) {
                                    messageId = id.group(1);
                                }
                                headers = !line.isEmpty();
                            }
                        }
                        if (line == null) {
                            // Cut off before its final dot (the sender died): not delivered, as any server would have it.
                            return;
                        }
                        if (delay > 0) {
                            Thread.sleep(delay);
                        }
                        synchronized (log) {
                            log.println(System.currentTimeMillis() + " " + messageId + " " + recipient);
                            log.flush();
                        }
                        reply(out, "250 2.0.0 Ok: queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 Bye");
                        return;
                    }
                    default -> reply(out, "250 2.0.0 Ok");
                }
            }
        } catch (IOException | InterruptedException e) {
            // The client went away.
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
