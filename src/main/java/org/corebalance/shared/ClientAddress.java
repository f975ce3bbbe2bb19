package org.corebalance.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Who a client is, for limits: its IPv4 address, or the /64 network of its IPv6 address. One
 * household or server is given a whole /64 and can pick any address in it, so counting single IPv6
 * addresses would give an attacker 2^64 fresh starts.
 */
public final class ClientAddress {

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}(%[\\w.-]{1,32})?");

    private ClientAddress() {
    }

    /** The key limits count under; anything that is not an IP literal is kept as it came, cut to 45 characters. */
    public static String of(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "unknown";
        }
        if (remoteAddress.indexOf(':') >= 0 && LITERAL.matcher(remoteAddress).matches()) {
            try {
                // A literal (only hex digits, colons and dots) is parsed, never looked up.
                InetAddress address = InetAddress.getByName(remoteAddress.replaceFirst("%.*$", ""));
                if (address instanceof Inet6Address) {
                    byte[] bytes = address.getAddress();
                    var network = new StringBuilder();
                    for (int i = 0; i < 8; i += 2) {
                        network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
                    }
                    return network.append(":/64").toString();
                }
                return address.getHostAddress();
            } catch (UnknownHostException e) {
                // Not a literal after all: fall through.
            }
        }
        return remoteAddress.length() > 45 ? remoteAddress.substring(0, 45) : remoteAddress;
    }
}
