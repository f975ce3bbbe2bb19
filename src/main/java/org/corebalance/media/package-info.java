/**
 * Images the site shows: each stored once in the database (so every instance sees it) as JPEG
 * variants at responsive widths, served at {@code /media/{id}/{width}.jpg} with a year-long
 * cache. Other modules use {@link org.corebalance.media.MediaApi}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media")
package org.corebalance.media;
