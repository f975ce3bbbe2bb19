/**
 * The coach's dashboard at /admin: what is happening in the practice at a glance, with a way
 * into every area. Each area's pages live in its own module; this one only asks their APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin")
package org.corebalance.admin;
