/**
 * Small value types used by every module: what the page layout needs to know about the site
 * and about the page being rendered, and who is signed in ({@code SignedIn}, asked through
 * {@code WhoIsSignedIn}, which membership answers). Depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.corebalance.shared;
