package org.corebalance;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A real SMTP server (GreenMail) on a free port, and the settings that point the app at it. */
public final class Smtp {

    private Smtp() {
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One server for the whole test class. */
    public static GreenMailExtension server(int port) {
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);
    }

    public static void register(DynamicPropertyRegistry registry, int port) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
    }
}
