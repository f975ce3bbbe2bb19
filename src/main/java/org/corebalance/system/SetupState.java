package org.corebalance.system;

/** Whether the practice has been set up (its owner exists); until then /admin offers the setup page. */
public interface SetupState {

    boolean isComplete();
}
