/**
 * The application's frame: typed settings, security (headers, CSRF, cross-site form guard),
 * web configuration (caching, conditional requests, URL limits), addresses people type (a 404
 * that answers 301 when the page is known elsewhere, see {@code SiteAddresses}), error pages and
 * the clock.
 * It names no module's addresses: each module declares its own in a
 * {@link org.corebalance.system.WebRules} bean, and security and the page cache are assembled
 * from them. Also the one place that tells htmx requests ({@code Htmx}) and reads the CSRF token
 * ({@code CsrfTokens}). Uses only {@code shared}; feature modules may use its settings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package org.corebalance.system;
