/**
 * The free assessment: questionnaire definitions (versioned JSON files under
 * {@code assessment/} on the classpath), the declarative engine that checks each step and scores
 * the answers, the personal result with its red-flag stop, and the leads it brings in, whose
 * health data only {@link org.corebalance.assessment.Leads} reads for staff, logging every look.
 * Publishes {@link org.corebalance.assessment.AssessmentCompleted} when an assessment is stored
 * (no answers in it). Uses {@code mail} for its e-mails (the result copy, the coach's red-flag
 * notice and lead digest), {@code system} for settings, web rules and the rate limiter, and
 * {@code shared} (who is signed in, for the access log).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.corebalance.assessment;
