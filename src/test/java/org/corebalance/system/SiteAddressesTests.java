package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one canonical form of a path, and what counts as an address on this site. */
class SiteAddressesTests {

    @Test
    void pathsLoseTheirTrailingSlashAndRunsOfSlashes() {
        assertThat(SiteAddresses.normalise("/")).isEqualTo("/");
        assertThat(SiteAddresses.normalise("//")).isEqualTo("/");
        assertThat(SiteAddresses.normalise("/blog/")).isEqualTo("/blog");
        assertThat(SiteAddresses.normalise("//evil.example/")).isEqualTo("/evil.example");
        assertThat(SiteAddresses.normalise("/a//b///c//")).isEqualTo("/a/b/c");
        assertThat(SiteAddresses.normalise("/Tight-Psoas")).isEqualTo("/Tight-Psoas");
        assertThat(SiteAddresses.normalise("blog")).isNull();
        assertThat(SiteAddresses.normalise(null)).isNull();
    }

    @Test
    void onlyRelativePathsWithOneLeadingSlashStayOnTheSite() {
        assertThat(SiteAddresses.isOnThisSite("/")).isTrue();
        assertThat(SiteAddresses.isOnThisSite("/contact?x=1")).isTrue();
        assertThat(SiteAddresses.isOnThisSite("//evil.example")).isFalse();
        assertThat(SiteAddresses.isOnThisSite("/\\evil.example")).isFalse();
        assertThat(SiteAddresses.isOnThisSite("https://evil.example")).isFalse();
    }
}
