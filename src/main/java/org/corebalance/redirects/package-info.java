/**
 * Redirects from old addresses: the owner lists a previous site's addresses and the page of this
 * site each now lives at; a reader who follows an old link gets a 301 there. Stored in the
 * database, so every instance serves them; asked (through {@code system.KnownAddresses}) only for
 * what would otherwise answer 404, so live pages pay nothing. A redirect never hides a live page,
 * never leads off the site, to itself or round in a loop. Uses {@code system} for the site's
 * addresses, settings and web rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Redirects")
package org.corebalance.redirects;
