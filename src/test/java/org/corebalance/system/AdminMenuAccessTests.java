package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The back office's menu as the owner and an editor get it: grouped, every entry offered opens,
 * every entry held back from an editor is refused to them, and the page shown is marked.
 */
@CoreBalanceTest
class AdminMenuAccessTests {

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;

    private Http signedIn(String email) {
        Http http = Http.withCookies(port);
        assertThat(http.submit("/login", "/login", "email", email, "password", StaffFixtures.PASSWORD).statusCode()).isEqualTo(302);
        return http;
    }

    /** The entries of the menu's row (a drop-down per group), as paths. */
    private static List<String> entries(Document page) {
        return page.select("nav.admin-nav .admin-group a").eachAttr("href");
    }

    @Test
    void theOwnerGetsEveryAreaInThreeGroupsAndEachOpens() {
        Http owner = signedIn(staff.owner());
        Document dashboard = owner.page("/admin");
        assertThat(dashboard.select("nav.admin-nav .admin-bar > li > a").eachText()).containsExactly("Dashboard", "View site");
        assertThat(dashboard.select(".admin-group > summary").eachText()).containsExactly("Content", "People", "Settings");
        assertThat(dashboard.select(".admin-group").get(0).select("a").eachText())
                .containsExactly("Articles", "Media", "Comments", "Newsletters");
        assertThat(dashboard.select(".admin-group").get(1).select("a").eachText())
                .containsExactly("Leads", "Messages", "Subscribers", "Staff");
        assertThat(dashboard.select(".admin-group").get(2).select("a").eachText()).containsExactly("Settings", "Outbox", "Redirects");
        assertThat(dashboard.select(".admin-menu-panel ul a").eachAttr("href")).as("the phone's menu offers the same")
                .containsExactlyElementsOf(entries(dashboard));
        for (String path : entries(dashboard)) {
            assertThat(owner.get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void anEditorIsOfferedExactlyThePagesTheyMayOpen() {
        List<String> ownersEntries = entries(signedIn(staff.owner()).page("/admin"));
        Http editor = signedIn(staff.editor());
        List<String> offered = entries(editor.page("/admin"));
        assertThat(offered).containsExactly("/admin/articles", "/admin/media", "/admin/comments");
        for (String path : offered) {
            assertThat(editor.get(path).statusCode()).as("offered to an editor: " + path).isEqualTo(200);
        }
        List<String> heldBack = ownersEntries.stream().filter(path -> !offered.contains(path)).toList();
        assertThat(heldBack).isNotEmpty();
        for (String path : heldBack) {
            assertThat(editor.get(path).statusCode()).as("held back from an editor: " + path).isEqualTo(403);
        }
    }

    @Test
    void thePageShownIsMarkedAndSoIsItsGroup() {
        Http owner = signedIn(staff.owner());
        Document settings = owner.page("/admin/comments/settings");
        assertThat(settings.select(".admin-bar a[aria-current=page]").eachText()).containsExactly("Comments");
        assertThat(settings.select(".admin-menu-panel a[aria-current=page]").eachText()).containsExactly("Comments");
        assertThat(settings.select(".admin-group > summary.is-current").eachText()).containsExactly("Content");
        assertThat(settings.select(".admin-menu > summary").text()).isEqualTo("Menu Comments");

        Document dashboard = owner.page("/admin");
        assertThat(dashboard.select(".admin-bar a[aria-current=page]").eachText()).containsExactly("Dashboard");
        assertThat(dashboard.select(".admin-group > summary.is-current")).isEmpty();

        assertThat(owner.page("/admin/password").select("nav.admin-nav [aria-current], nav.admin-nav .is-current")).isEmpty();
        assertThat(new Http(port).page("/login").select("nav.admin-nav")).as("no menu before signing in").isEmpty();
    }
}
