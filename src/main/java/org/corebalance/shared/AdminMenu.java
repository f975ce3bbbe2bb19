package org.corebalance.shared;

import java.util.List;
import java.util.Objects;

/**
 * The back office's menu as one member of staff sees it on one page: the entries they may open,
 * in their groups, and which of them is the page being shown. Each module declares the entries
 * for its own pages (in its web rules); the layout shows them, and the dashboard lists them.
 *
 * @param sections the groups that have an entry this person may open, in {@link Group} order
 * @param current the path of the entry for the page being shown, {@link #DASHBOARD}, or null (a page with no entry)
 */
public record AdminMenu(List<Section> sections, String current) {

    /** The back office's first page, always first in the menu. */
    public static final String DASHBOARD = "/admin";

    /** No menu: no member of staff is signed in. */
    public static final AdminMenu NONE = new AdminMenu(List.of(), null);

    public AdminMenu {
        sections = List.copyOf(sections);
    }

    /** The menu's groups, in the order they are shown. */
    public enum Group {
        CONTENT("Content"), PEOPLE("People"), SETTINGS("Settings");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A back-office page in the menu.
     *
     * @param order its place within its group, smallest first
     * @param hint what the coach finds there, in a few words, for the dashboard ("images for your articles")
     */
    public record Entry(Group group, int order, String label, String path, String hint) {

        public Entry {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(hint, "hint");
            if (path == null || !path.startsWith("/admin/")) {
                throw new IllegalArgumentException("A menu entry opens a back-office page under /admin/, not " + path);
            }
        }
    }

    /** One group's entries, in order. */
    public record Section(Group group, List<Entry> entries) {

        public Section {
            entries = List.copyOf(entries);
        }
    }

    public boolean atDashboard() {
        return DASHBOARD.equals(current);
    }

    public boolean isCurrent(Entry entry) {
        return entry.path().equals(current);
    }

    /** Whether the page being shown is in this group, so the group is marked in the menu. */
    public boolean isCurrent(Section section) {
        return section.entries().stream().anyMatch(this::isCurrent);
    }

    /** The label of the page being shown, for the closed menu on a phone; null when it has no entry. */
    public String currentLabel() {
        if (atDashboard()) {
            return "Dashboard";
        }
        return sections.stream().flatMap(s -> s.entries().stream()).filter(this::isCurrent).map(Entry::label)
                .findFirst().orElse(null);
    }
}
