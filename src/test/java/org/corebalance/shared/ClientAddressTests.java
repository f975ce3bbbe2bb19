package org.corebalance.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTests {

    @Test
    void anIpv4AddressIsItself() {
        assertThat(ClientAddress.of("203.0.113.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void everyAddressOfOneIpv6NetworkIsOneClient() {
        String one = ClientAddress.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
        String other = ClientAddress.of("2001:0db8:0001:0002::1");
        assertThat(one).isEqualTo(other).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.of("2001:db8:1:3::1")).isNotEqualTo(one);
        assertThat(ClientAddress.of("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
    }

    @Test
    void somethingElseIsKeptShortAndNeverLookedUp() {
        assertThat(ClientAddress.of(null)).isEqualTo("unknown");
        assertThat(ClientAddress.of("  ")).isEqualTo("unknown");
        assertThat(ClientAddress.of("x".repeat(100))).hasSize(45);
        assertThat(ClientAddress.of("::ffff:not-an-address")).isEqualTo("::ffff:not-an-address");
    }
}
