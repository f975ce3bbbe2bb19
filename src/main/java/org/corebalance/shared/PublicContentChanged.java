package org.corebalance.shared;

/** Published after a change readers can see was committed, so this instance drops cached pages at once. */
public record PublicContentChanged(String what) {
}
