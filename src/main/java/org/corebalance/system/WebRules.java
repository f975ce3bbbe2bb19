package org.corebalance.system;

/**
 * A module's own web rules, declared by the module and assembled by {@code system}: which of its
 * back-office pages only the owner may open, which of its forms anonymous readers post, which
 * of its pages are public (the same for every anonymous reader, so they may be cached), and which
 * of its back-office pages the menu offers. Each module that has such pages declares them in one
 * bean of this type; adding a module never means editing a list in {@code system}.
 */
@FunctionalInterface
public interface WebRules {

    void declare(WebRuleSet rules);
}
