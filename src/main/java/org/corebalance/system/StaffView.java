package org.corebalance.system;

/** Who is signed in to the back office, as its pages show them. */
public record StaffView(long id, String name, String email, boolean owner) {
}
