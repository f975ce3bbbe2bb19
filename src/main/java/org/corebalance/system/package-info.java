/**
 * The application's frame: typed settings, security (headers, CSRF, cross-site form guard),
 * web configuration (caching, conditional requests, URL limits), error pages and the clock.
 * Uses only {@code shared}; feature modules may use its settings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package org.corebalance.system;
