package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corebalance.shared.AdminMenu;
import org.corebalance.shared.SignedIn;
import org.junit.jupiter.api.Test;

/** The menu's rules alone: groups and order, who sees what (by the owner-only rules), and which entry is current. */
class AdminMenusTests {

    private static final SignedIn OWNER = new SignedIn(1, "Olivia", "olivia@example.org", SignedIn.Role.OWNER);
    private static final SignedIn EDITOR = new SignedIn(2, "Eddie", "eddie@example.org", SignedIn.Role.EDITOR);
    private static final SignedIn MEMBER = new SignedIn(3, "Mia", "mia@example.org", SignedIn.Role.MEMBER);

    /** Two modules, declared in no particular order, as beans are found. */
    private final AdminMenus menus = new AdminMenus(WebRuleSet.of(List.of(
            rules -> rules.ownerOnly("/admin/outbox/**")
                    .menuEntry(AdminMenu.Group.SETTINGS, 20, "Outbox", "/admin/outbox", "every e-mail"),
            rules -> rules.ownerOnly("/admin/leads", "/admin/leads/**", "/admin/comments/settings")
                    .menuEntry(AdminMenu.Group.PEOPLE, 10, "Leads", "/admin/leads", "everyone who took the assessment")
                    .menuEntry(AdminMenu.Group.CONTENT, 30, "Comments", "/admin/comments", "approve and answer")
                    .menuEntry(AdminMenu.Group.CONTENT, 10, "Articles", "/admin/articles", "write"))));

    private static List<String> labels(AdminMenu menu) {
        return menu.sections().stream().flatMap(s -> s.entries().stream()).map(AdminMenu.Entry::label).toList();
    }

    @Test
    void theOwnerSeesEveryEntryByGroupThenOrder() {
        AdminMenu menu = menus.menu(OWNER, "/admin");
        assertThat(menu.sections()).extracting(AdminMenu.Section::group)
                .containsExactly(AdminMenu.Group.CONTENT, AdminMenu.Group.PEOPLE, AdminMenu.Group.SETTINGS);
        assertThat(labels(menu)).containsExactly("Articles", "Comments", "Leads", "Outbox");
        assertThat(menu.atDashboard()).isTrue();
        assertThat(menu.currentLabel()).isEqualTo("Dashboard");
    }

    @Test
    void anEditorSeesNoEntryWhosePageIsTheOwnersAndNoGroupLeftEmpty() {
        AdminMenu menu = menus.menu(EDITOR, "/admin/articles");
        assertThat(labels(menu)).containsExactly("Articles", "Comments");
        assertThat(menu.sections()).extracting(AdminMenu.Section::group).containsExactly(AdminMenu.Group.CONTENT);
        assertThat(menus.menu(MEMBER, "/admin")).isEqualTo(AdminMenu.NONE);
        assertThat(menus.menu(null, "/admin")).isEqualTo(AdminMenu.NONE);
    }

    @Test
    void thePageBelowAnEntryIsItsAndItsGroupIsMarked() {
        AdminMenu settings = menus.menu(OWNER, "/admin/comments/settings");
        assertThat(settings.currentLabel()).isEqualTo("Comments");
        assertThat(settings.sections()).filteredOn(settings::isCurrent).extracting(AdminMenu.Section::group)
                .containsExactly(AdminMenu.Group.CONTENT);
        assertThat(menus.menu(OWNER, "/admin/outbox/42").currentLabel()).isEqualTo("Outbox");
        assertThat(menus.menu(OWNER, "/admin/leads.csv").currentLabel()).isEqualTo("Leads");
        assertThat(menus.menu(OWNER, "/admin/articlesque").currentLabel()).as("a prefix is not a parent").isNull();
        assertThat(menus.menu(OWNER, "/admin/password").currentLabel()).isNull();
        assertThat(menus.menu(OWNER, "/admin/password").atDashboard()).isFalse();
    }

    @Test
    void anEntryMustOpenABackOfficePageAndOnlyOneEntryOpensEachPage() {
        assertThatThrownBy(() -> WebRuleSet.of(List.of(rules -> rules.menuEntry(AdminMenu.Group.CONTENT, 1, "Blog", "/blog", "x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/admin/");
        assertThatThrownBy(() -> WebRuleSet.of(List.of(
                rules -> rules.menuEntry(AdminMenu.Group.CONTENT, 1, "Articles", "/admin/articles", "x"),
                rules -> rules.menuEntry(AdminMenu.Group.SETTINGS, 1, "Posts", "/admin/articles", "y"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/admin/articles");
    }
}
