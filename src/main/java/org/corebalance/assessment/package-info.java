/**
 * The free assessment: questionnaire definitions (versioned JSON files under
 * {@code assessment/} on the classpath), the declarative engine that checks each step and scores
 * the answers, the personal result with its red-flag stop, and the leads it brings in. Uses
 * {@code mail} to send a copy of the result and tell the coach, {@code membership} for who is
 * signed in (the access log), {@code system} for settings, and
 * {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.corebalance.assessment;
