package org.corebalance.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import org.corebalance.shared.AdminMenu;
import org.corebalance.shared.SignedIn;
import org.springframework.stereotype.Component;

/**
 * The back office's menu, from the entries every module declares in its {@link WebRules}: what
 * one member of staff may open (an editor never sees an entry for an owner-only page, by the
 * same rules security refuses it with) and which entry the page being shown belongs to.
 */
@Component
class AdminMenus {

    private final List<AdminMenu.Entry> entries;
    private final WebRuleSet.Paths ownerOnly;

    AdminMenus(WebRuleSet rules) {
        this.entries = rules.menuEntries().stream()
                .sorted(Comparator.comparing(AdminMenu.Entry::group).thenComparingInt(AdminMenu.Entry::order)
                        .thenComparing(AdminMenu.Entry::label))
                .toList();
        this.ownerOnly = rules.ownerOnlyPaths();
    }

    /** The menu {@code staff} sees on the page at {@code path}. */
    AdminMenu menu(SignedIn staff, String path) {
        if (staff == null || !staff.isStaff()) {
            return AdminMenu.NONE;
        }
        var groups = new EnumMap<AdminMenu.Group, List<AdminMenu.Entry>>(AdminMenu.Group.class);
        for (AdminMenu.Entry entry : entries) {
            if (staff.isOwner() || !ownerOnly.matches(entry.path())) {
                groups.computeIfAbsent(entry.group(), group -> new ArrayList<>()).add(entry);
            }
        }
        List<AdminMenu.Section> sections = groups.entrySet().stream()
                .map(group -> new AdminMenu.Section(group.getKey(), group.getValue())).toList();
        return new AdminMenu(sections, current(path));
    }

    /** The entry whose page this is: its own path, or one below it (the longest such path wins). */
    private String current(String path) {
        if (path.equals(AdminMenu.DASHBOARD)) {
            return AdminMenu.DASHBOARD;
        }
        String found = null;
        for (AdminMenu.Entry entry : entries) {
            boolean within = path.equals(entry.path()) || path.startsWith(entry.path() + "/") || path.startsWith(entry.path() + ".");
            if (within && (found == null || entry.path().length() > found.length())) {
                found = entry.path();
            }
        }
        return found;
    }
}
