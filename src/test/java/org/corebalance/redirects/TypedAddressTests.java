package org.corebalance.redirects;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How typed addresses are read: the form they are stored in, and the sentence when they are refused. */
class TypedAddressTests {

    private static final String BASE = "https://corebalance.example";

    @Test
    void anOldAddressIsAPathOrThePathOfAFullAddress() {
        assertThat(TypedAddress.oldAddress("/about-us/").value()).isEqualTo("/about-us");
        assertThat(TypedAddress.oldAddress("  /About-Us?p=12#team ").value()).isEqualTo("/About-Us");
        assertThat(TypedAddress.oldAddress("https://old-site.example/2019/05/psoas/?utm=x").value()).isEqualTo("/2019/05/psoas");
        assertThat(TypedAddress.oldAddress("http://old-site.example").value()).isEqualTo("/");
        assertThat(TypedAddress.oldAddress("/über uns").value()).isEqualTo("/%C3%BCber%20uns");
        assertThat(TypedAddress.oldAddress("/index.php;jsessionid=1").value()).isEqualTo("/index.php;jsessionid=1");
    }

    @Test
    void badOldAddressesAreRefusedWithAReason() {
        assertThat(TypedAddress.oldAddress("").problem()).startsWith("Please enter the old address");
        assertThat(TypedAddress.oldAddress(null).problem()).startsWith("Please enter the old address");
        assertThat(TypedAddress.oldAddress("about-us").problem()).startsWith("An old address starts with /");
        assertThat(TypedAddress.oldAddress("/a<script>").problem()).startsWith("Use only letters");
        assertThat(TypedAddress.oldAddress("/a\"b").problem()).startsWith("Use only letters");
        assertThat(TypedAddress.oldAddress("/a\\b").problem()).startsWith("Use only letters");
        assertThat(TypedAddress.oldAddress("/a%zz").problem()).startsWith("Use only letters");
        assertThat(TypedAddress.oldAddress("/a\nb").problem()).startsWith("Use only letters");
        assertThat(TypedAddress.oldAddress("/a/../etc").problem()).contains("/../");
        assertThat(TypedAddress.oldAddress("/" + "a".repeat(300)).problem()).contains("under 300 characters");
        assertThat(TypedAddress.oldAddress("/" + "a".repeat(299)).isRefused()).isFalse();
        assertThat(TypedAddress.oldAddress("/" + "a".repeat(5000)).problem()).contains("under 300 characters");
    }

    @Test
    void aTargetIsAPathOfThisSiteOrAnAddressUnderItsBaseUrl() {
        assertThat(TypedAddress.target("/contact/", BASE).value()).isEqualTo("/contact");
        assertThat(TypedAddress.target("/blog?page=2#top", BASE).value()).isEqualTo("/blog?page=2#top");
        assertThat(TypedAddress.target("https://corebalance.example/blog/bridge", BASE).value()).isEqualTo("/blog/bridge");
        assertThat(TypedAddress.target("HTTPS://CoreBalance.example", BASE).value()).isEqualTo("/");
        assertThat(TypedAddress.target("/über", BASE).value()).isEqualTo("/%C3%BCber");
    }

    @Test
    void targetsOffTheSiteOrMalformedAreRefused() {
        for (String offSite : new String[] {"https://evil.example/x", "//evil.example/x", "/\\evil.example",
                "javascript:alert(1)", "evil.example", "https://corebalance.example.evil.example/x",
                "https://corebalance.example@evil.example/"}) {
            assertThat(TypedAddress.target(offSite, BASE).problem()).as(offSite).startsWith("A redirect can only lead to a page of this site");
        }
        assertThat(TypedAddress.target("", BASE).problem()).startsWith("Please enter where");
        assertThat(TypedAddress.target("/a b<c", BASE).problem()).startsWith("Use only letters");
        assertThat(TypedAddress.target("/a?q=<x>", BASE).problem()).startsWith("Use only letters");
        assertThat(TypedAddress.target("/" + "a".repeat(600), BASE).problem()).contains("under 600 characters");
    }

    @Test
    void oldAddressesMatchWhateverTheirCase() {
        assertThat(TypedAddress.key("/About-Us")).isEqualTo(TypedAddress.key("/about-us"));
        assertThat(TypedAddress.pathOf("/blog?page=2#top")).isEqualTo("/blog");
        assertThat(TypedAddress.pathOf("/contact#form")).isEqualTo("/contact");
    }
}
