package org.corebalance.system;

/** The owner turned demo content on or off in the settings (published with the saved settings). */
public record DemoContentSwitched(boolean on) {
}
